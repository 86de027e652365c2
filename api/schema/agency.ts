import { builder } from '../builder.ts';
import { coIssuerLists, policyPages } from '../loads.ts';
import { PolicyFilterInput, PolicyOrderEnum, policyFilter } from './filters.ts';
import { linkedOne } from './linked.ts';
import { listField } from './lists.ts';
import { AgencyRef, NodeRef, PolicyConnection, RegionRef } from './refs.ts';

AgencyRef.implement({
  description: '机构：发文、发布或牵头的单位 / A body that issues, publishes or leads.',
  interfaces: [NodeRef],
  isTypeOf: (row) => (row as { type?: string }).type === 'Agency',
  fields: (t) => ({
    kind: t.exposeString('kind', { nullable: true, description: '机构类别 / Kind (government, party …).' }),
    issued: t.loadable({
      type: PolicyConnection,
      description: '它发布（或联合发布）的政策 / Policies it issued or co-issued.',
      byPath: true,
      args: {
        ...t.arg.connectionArgs(),
        filter: t.arg({ type: PolicyFilterInput, description: '筛选 / Filters.' }),
        orderBy: t.arg({
          type: PolicyOrderEnum,
          description: '排序，默认日期倒序 / Order (newest first).',
        }),
      },
      load: (keys: string[], ctx, args) =>
        policyPages(ctx, keys, args, {
          anchor: 'issuer',
          filter: policyFilter(args.filter),
          order: args.orderBy ?? 'DATE_DESC',
        }),
      resolve: (agency) => agency.key,
    }),
    region: linkedOne(t, RegionRef, 'LOCATED_IN', '所在地区 / Its jurisdiction.'),
    coIssuers: t.loadableList({
      type: AgencyRef,
      description: '与它联合发文的机构，合作最多者在前 / Agencies it co-issued with, most often first.',
      load: (keys: string[], ctx) => coIssuerLists(ctx, keys),
      resolve: (agency) => agency.key,
    }),
  }),
});

builder.queryFields((t) => ({
  agencies: listField(t, 'Agency', AgencyRef, '机构列表 / Agencies, by name.'),
}));
