import { builder } from '../builder.ts';
import { loadCoIssuers, loadNeighbors, loadPolicies } from '../loads.ts';
import { offsetPage } from '../pages.ts';
import { PolicyFilterInput, PolicyOrderEnum, policyFilter } from './filters.ts';
import { listField } from './lists.ts';
import { AgencyRef, NodeRef, PolicyConnection, PolicyRef, RegionRef } from './refs.ts';

AgencyRef.implement({
  description: '机构：发文、发布或牵头的单位 / A body that issues, publishes or leads.',
  interfaces: [NodeRef],
  isTypeOf: (row) => (row as { type?: string }).type === 'Agency',
  fields: (t) => ({
    kind: t.exposeString('kind', { nullable: true, description: '机构类别 / Kind (government, party …).' }),
    issued: t.connection(
      {
        type: PolicyRef,
        description: '它发布（或联合发布）的政策 / Policies it issued or co-issued.',
        args: {
          filter: t.arg({ type: PolicyFilterInput, description: '筛选 / Filters.' }),
          orderBy: t.arg({
            type: PolicyOrderEnum,
            description: '排序，默认日期倒序 / Order (newest first).',
          }),
        },
        resolve: (agency, args, ctx) =>
          offsetPage(args, (offset, limit) =>
            loadPolicies(ctx, agency.key, {
              anchor: 'issuer',
              filter: policyFilter(args.filter),
              order: args.orderBy ?? 'DATE_DESC',
              offset,
              limit,
            }),
          ),
      },
      PolicyConnection,
    ),
    region: t.field({
      type: RegionRef,
      nullable: true,
      description: '所在地区 / Its jurisdiction.',
      resolve: async (agency, _, ctx) =>
        (await loadNeighbors(ctx, 'LOCATED_IN', 'out', agency.key))[0] ?? null,
    }),
    coIssuers: t.field({
      type: [AgencyRef],
      description: '与它联合发文的机构，合作最多者在前 / Agencies it co-issued with, most often first.',
      resolve: (agency, _, ctx) => loadCoIssuers(ctx, agency.key),
    }),
  }),
});

builder.queryFields((t) => ({
  agencies: listField(t, 'Agency', AgencyRef, '机构列表 / Agencies, by name.'),
}));
