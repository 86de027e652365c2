import { builder } from '../builder.ts';
import { seriesLists } from '../loads.ts';
import { linked } from './linked.ts';
import { listField } from './lists.ts';
import { MetricRef, NodeRef, PolicyRef } from './refs.ts';

MetricRef.implement({
  description: '指标：目标或实际数值 / A quantitative figure: a target or a result.',
  interfaces: [NodeRef],
  isTypeOf: (row) => (row as { type?: string }).type === 'Metric',
  fields: (t) => ({
    value: t.exposeFloat('value', { nullable: true, description: '数值 / Value as written.' }),
    unit: t.exposeString('unit', { nullable: true, description: '单位（EFlops、亿元、%…）/ Unit.' }),
    year: t.exposeInt('year', { nullable: true, description: '所指年份 / The year the figure is for.' }),
    kind: t.exposeString('kind', { nullable: true, description: 'target（目标）或 actual（实际）/ Kind.' }),
    qualifier: t.exposeString('qualifier', { nullable: true, description: '超过、突破、达到… / Qualifier.' }),
    measures: linked(t, NodeRef, 'MEASURES', 'out', '衡量对象：地区、工程或机构 / What the figure is about.'),
    setBy: linked(t, PolicyRef, 'SETS_TARGET', 'in', '设定该目标的政策 / Policies that set it as a target.'),
    series: t.loadableList({
      type: MetricRef,
      description:
        '同一对象同一指标的历年数值（含自身）/ The same measure of the same subject over the years.',
      load: (keys: string[], ctx) => seriesLists(ctx, keys),
      resolve: (m) => m.key,
    }),
  }),
});

builder.queryFields((t) => ({
  metrics: listField(t, 'Metric', MetricRef, '指标列表 / Metrics, by name.'),
}));
