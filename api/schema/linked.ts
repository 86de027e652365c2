// A field listing the nodes one stored relation away (Policy.issuedBy, Region.children …), batched.
import type { InterfaceRef, ObjectRef } from '@pothos/core';
import type { RelationType } from '../../core/model.ts';
import type { Direction } from '../../graph/queries/neighbors.ts';
import type { NodeRow } from '../../graph/queries/rows.ts';
import type { Types } from '../builder.ts';
import { loadNeighbors } from '../loads.ts';

export function linked(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, NodeRow>,
  type: ObjectRef<Types, NodeRow> | InterfaceRef<Types, NodeRow>,
  relation: RelationType,
  direction: Direction,
  description: string,
) {
  return t.field({
    type: [type],
    description,
    resolve: (row, _, ctx) => loadNeighbors(ctx, relation, direction, row.key),
  });
}
