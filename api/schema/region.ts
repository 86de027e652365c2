import { builder } from '../builder.ts';
import { policyPages } from '../loads.ts';
import { PolicyFilterInput, PolicyOrderEnum, policyFilter } from './filters.ts';
import { linked, linkedOne } from './linked.ts';
import { listField } from './lists.ts';
import { AgencyRef, MetricRef, NodeRef, PolicyConnection, RegionRef } from './refs.ts';

RegionRef.implement({
  description: '地区：行政区或国家 / An administrative area or a country.',
  interfaces: [NodeRef],
  isTypeOf: (row) => (row as { type?: string }).type === 'Region',
  fields: (t) => ({
    code: t.exposeString('code', {
      nullable: true,
      description: '行政区划代码或国家代码 / GB/T 2260 or ISO code.',
    }),
    level: t.exposeString('level', { nullable: true, description: '层级（province、prefecture…）/ Level.' }),
    parent: linkedOne(t, RegionRef, 'PART_OF', '上级地区 / The region it is part of.'),
    children: linked(t, RegionRef, 'PART_OF', 'in', '图中的下级地区 / Its subregions in the graph.'),
    policies: t.loadable({
      type: PolicyConnection,
      description: '适用于该地区的政策 / Policies that apply to it.',
      byPath: true,
      args: {
        ...t.arg.connectionArgs(),
        includeDescendants: t.arg.boolean({
          description: '含下级地区的政策 / Also policies of its subregions.',
          defaultValue: false,
        }),
        filter: t.arg({ type: PolicyFilterInput, description: '筛选 / Filters.' }),
        orderBy: t.arg({ type: PolicyOrderEnum, description: '排序 / Order.' }),
      },
      load: (keys: string[], ctx, args) =>
        policyPages(ctx, keys, args, {
          anchor: args.includeDescendants ? 'regionTree' : 'region',
          filter: policyFilter(args.filter),
          order: args.orderBy ?? 'DATE_DESC',
        }),
      resolve: (r) => r.key,
    }),
    agencies: linked(t, AgencyRef, 'LOCATED_IN', 'in', '位于该地区的机构 / Agencies located in it.'),
    metrics: linked(t, MetricRef, 'MEASURES', 'in', '关于该地区的指标 / Figures about it.'),
  }),
});

builder.queryFields((t) => ({
  regions: listField(t, 'Region', RegionRef, '地区列表 / Regions, by name.'),
}));
