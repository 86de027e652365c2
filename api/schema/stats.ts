import { type GraphStats, stats, type TypeCount } from '../../graph/queries/stats.ts';
import { builder } from '../builder.ts';

const TypeCountRef = builder.objectRef<TypeCount>('TypeCount').implement({
  description: '某类型的数量 / How many of one type.',
  fields: (t) => ({
    type: t.exposeString('type', { description: '类型 / Type.' }),
    count: t.exposeInt('count', { description: '数量 / Count.' }),
  }),
});

const StatsRef = builder.objectRef<GraphStats>('Stats').implement({
  description: '图的规模 / The size of the graph.',
  fields: (t) => ({
    nodes: t.field({
      type: [TypeCountRef],
      description: '各类节点数 / Nodes by type.',
      resolve: (s) => s.nodes,
    }),
    relations: t.field({
      type: [TypeCountRef],
      description: '各类关系数 / Relations by type.',
      resolve: (s) => s.relations,
    }),
    articles: t.int({
      description: '文章数 / Articles.',
      resolve: (s) => s.nodes.find((n) => n.type === 'Article')?.count ?? 0,
    }),
  }),
});

builder.queryFields((t) => ({
  stats: t.field({
    type: StatsRef,
    description: '图的规模 / The size of the graph.',
    resolve: (_, __, ctx) => stats(ctx.read),
  }),
}));
