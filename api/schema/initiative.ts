import { builder } from '../builder.ts';
import { implementerLists, neighborLists } from '../loads.ts';
import { linked } from './linked.ts';
import { listField } from './lists.ts';
import { InitiativeRef, MetricRef, NodeRef, PolicyRef } from './refs.ts';

InitiativeRef.implement({
  description: '工程、行动、试点等 / A named programme, campaign, project or pilot.',
  interfaces: [NodeRef],
  isTypeOf: (row) => (row as { type?: string }).type === 'Initiative',
  fields: (t) => ({
    implementedBy: t.loadableList({
      type: PolicyRef,
      byPath: true,
      description: '实施它的政策 / Policies that carry it out.',
      args: {
        transitive: t.arg.boolean({
          description: '含间接实施（实施细则等）/ Also policies implementing those policies.',
          defaultValue: false,
        }),
      },
      load: (keys: string[], ctx, args) =>
        args.transitive ? implementerLists(ctx, keys) : neighborLists(ctx, 'IMPLEMENTS', 'in', keys),
      resolve: (i) => i.key,
    }),
    metrics: linked(t, MetricRef, 'MEASURES', 'in', '关于它的指标 / Figures about it.'),
  }),
});

builder.queryFields((t) => ({
  initiatives: listField(t, 'Initiative', InitiativeRef, '工程列表 / Initiatives, by name.'),
}));
