import { policies } from '../../graph/queries/policies.ts';
import { timeline } from '../../graph/queries/timeline.ts';
import { builder } from '../builder.ts';
import { capped } from '../errors.ts';
import { fromGlobalId } from '../ids.ts';
import { offsetPage } from '../pages.ts';
import { PolicyFilterInput, PolicyOrderEnum, policyFilter } from './filters.ts';
import { linked } from './linked.ts';
import { AgencyRef, MetricRef, NodeRef, PolicyConnection, PolicyRef, RegionRef } from './refs.ts';

PolicyRef.implement({
  description:
    '政策文件：法规、办法、方案、意见、报告… / A named document: law, rules, plan, opinion, report.',
  interfaces: [NodeRef],
  isTypeOf: (row) => (row as { type?: string }).type === 'Policy',
  fields: (t) => ({
    docType: t.exposeString('docType', {
      nullable: true,
      description: '文种（意见、方案、办法…）/ Document type.',
    }),
    status: t.exposeString('status', { nullable: true, description: '状态（draft、final…）/ Status.' }),
    number: t.exposeString('number', { nullable: true, description: '文号 / Document number.' }),
    date: t.exposeString('date', { nullable: true, description: '印发日期 / Date issued (ISO).' }),
    issuedBy: linked(t, AgencyRef, 'ISSUED_BY', 'out', '发文机关 / The agencies that issued it.'),
    appliesTo: linked(t, RegionRef, 'APPLIES_TO', 'out', '适用地区 / The regions it governs.'),
    implements: linked(
      t,
      NodeRef,
      'IMPLEMENTS',
      'out',
      '它实施的工程或政策 / The initiatives or policies it carries out.',
    ),
    implementedBy: linked(t, PolicyRef, 'IMPLEMENTS', 'in', '实施它的政策 / Policies that carry it out.'),
    amends: linked(t, PolicyRef, 'AMENDS', 'out', '它修订的政策 / Policies it revises.'),
    amendedBy: linked(t, PolicyRef, 'AMENDS', 'in', '修订它的政策 / Policies that revise it.'),
    basedOn: linked(t, PolicyRef, 'BASED_ON', 'out', '它的依据 / Its legal basis.'),
    targets: linked(t, MetricRef, 'SETS_TARGET', 'out', '它设定的目标 / Target figures it sets.'),
  }),
});

builder.queryFields((t) => ({
  policies: t.connection(
    {
      type: PolicyRef,
      description: '政策列表 / Policies, filtered and ordered (newest first by default).',
      args: {
        filter: t.arg({ type: PolicyFilterInput, description: '筛选 / Filters.' }),
        orderBy: t.arg({ type: PolicyOrderEnum, description: '排序 / Order.' }),
      },
      resolve: (_, args, ctx) =>
        offsetPage(args, async (offset, limit) => {
          const page = { anchor: 'all', keys: [], offset, limit } as const;
          const rows = await policies(ctx.read, {
            ...page,
            filter: policyFilter(args.filter),
            order: args.orderBy ?? 'DATE_DESC',
          });
          return rows.map((row) => row.node);
        }),
    },
    PolicyConnection,
  ),
  timeline: t.field({
    type: [PolicyRef],
    description:
      '时间线：按日期排列的政策（无印发日期者取最早报道日期）/ Policies by date, oldest first (undated ones at their first report).',
    args: {
      from: t.arg.string({ description: '起（ISO 日期）/ From (ISO date).' }),
      to: t.arg.string({ description: '止（ISO 日期）/ To (ISO date).' }),
      region: t.arg.id({ description: '地区（含下级）/ In this region or its subregions (global id).' }),
      first: t.arg.int({ description: '最多几条（≤500）/ At most this many (≤ 500).', defaultValue: 200 }),
    },
    resolve: (_, args, ctx) =>
      timeline(
        ctx.read,
        {
          from: args.from ?? null,
          to: args.to ?? null,
          region: args.region ? fromGlobalId(args.region) : null,
        },
        capped('first', args.first ?? 200, 500),
      ),
  }),
}));
