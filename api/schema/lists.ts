// The root list of one entity type (agencies, regions, initiatives, metrics): filtered, by name,
// with cursor pagination. Policies have their own, richer list (policy.ts).
import type { ObjectRef } from '@pothos/core';
import { type ListedType, list } from '../../graph/queries/lists.ts';
import type { NodeRow } from '../../graph/queries/rows.ts';
import type { Types } from '../builder.ts';
import { offsetPage } from '../pages.ts';
import { NodeFilterInput, nodeFilter } from './filters.ts';

export function listField(
  t: PothosSchemaTypes.QueryFieldBuilder<Types, Types['Root']>,
  type: ListedType,
  ref: ObjectRef<Types, NodeRow>,
  description: string,
) {
  return t.connection(
    {
      type: ref,
      description,
      args: { filter: t.arg({ type: NodeFilterInput, description: '筛选 / Filters.' }) },
      resolve: (_, args, ctx) =>
        offsetPage(args, (offset, limit) => list(ctx.read, type, nodeFilter(args.filter), offset, limit)),
    },
    { name: `${type}Connection`, description: `${type} 的一页 / A page of ${type} nodes.` },
    { name: `${type}Edge`, description: `分页中的一项 / One ${type} in a page.` },
  );
}
