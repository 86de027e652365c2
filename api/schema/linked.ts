// Fields of the nodes one stored relation away (Policy.issuedBy, Region.children …; Agency.region,
// Region.parent for the one), loadable: one round trip per field for a whole level.
import type { ObjectRef } from '@pothos/core';
import type { RelationType } from '../../core/model.ts';
import type { Direction } from '../../graph/queries/neighbors.ts';
import type { NodeRow } from '../../graph/queries/rows.ts';
import type { Types } from '../builder.ts';
import { neighborLists } from '../loads.ts';
import type { NodeRef } from './refs.ts';

export function linked(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, NodeRow>,
  type: ObjectRef<Types, NodeRow> | typeof NodeRef,
  relation: RelationType,
  direction: Direction,
  description: string,
) {
  return t.loadableList({
    type,
    description,
    load: (keys: string[], ctx) => neighborLists(ctx, relation, direction, keys),
    resolve: (row) => row.key,
  });
}

export function linkedOne(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, NodeRow>,
  type: ObjectRef<Types, NodeRow>,
  relation: RelationType,
  description: string,
) {
  return t.loadable({
    type,
    nullable: true,
    description,
    load: async (keys: string[], ctx) =>
      (await neighborLists(ctx, relation, 'out', keys)).map((list) => list[0] ?? null),
    resolve: (row) => row.key,
  });
}
