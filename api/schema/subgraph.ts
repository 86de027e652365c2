import { nodeLabel } from '../../core/labels.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../../core/model.ts';
import { edgeId, neighborhood, type Subgraph } from '../../graph/queries/neighborhood.ts';
import { MAX_PATH_LENGTH, paths } from '../../graph/queries/paths.ts';
import { relationBetween, relationKey } from '../../graph/queries/relation.ts';
import type { EdgeRow, GraphNodeRow } from '../../graph/queries/rows.ts';
import { builder } from '../builder.ts';
import { apiError, capped } from '../errors.ts';
import { fromGlobalId, toGlobalId } from '../ids.ts';
import { loadNode, relationEvidenceLists } from '../loads.ts';
import { NodeTypeEnum, RelationTypeEnum } from './enums.ts';
import { EvidenceRef } from './evidence.ts';

const MAX_DEPTH = 3;
export const MAX_NODES = 1000;
const MAX_SEEDS = 50;

const GraphNodeRef = builder.objectRef<GraphNodeRow>('GraphNode').implement({
  description: '子图中的节点（可直接交给 cytoscape）/ A node of a subgraph, ready for cytoscape.',
  fields: (t) => ({
    id: t.id({ description: '全局 id / Global id.', resolve: (n) => toGlobalId(n.key) }),
    key: t.exposeString('key', { description: '节点键 / Node key.' }),
    type: t.field({ type: NodeTypeEnum, description: '节点类型 / Node type.', resolve: (n) => n.type }),
    name: t.exposeString('name', { description: '名称 / Name.' }),
    label: t.string({
      description: '给人看的名称（见 Node.label）/ How it reads to a person (see Node.label).',
      resolve: (n) => nodeLabel(n),
    }),
    date: t.exposeString('date', { nullable: true, description: '政策日期 / A policy’s date.' }),
    status: t.exposeString('status', { nullable: true, description: '政策状态 / A policy’s status.' }),
    region: t.exposeString('region', {
      nullable: true,
      description: '所在或适用地区 / The region it sits in or applies to.',
    }),
  }),
});

const GraphEdgeRef = builder.objectRef<EdgeRow>('GraphEdge').implement({
  description: '子图中的关系 / A relation of a subgraph.',
  fields: (t) => ({
    id: t.id({ description: '关系 id / Relation id.', resolve: (e) => toGlobalId(edgeId(e)) }),
    type: t.field({
      type: RelationTypeEnum,
      description: '关系类型 / Relation type.',
      resolve: (e) => e.type,
    }),
    source: t.id({
      description: '起点节点的全局 id / Global id of the start node.',
      resolve: (e) => toGlobalId(e.source),
    }),
    target: t.id({
      description: '终点节点的全局 id / Global id of the end node.',
      resolve: (e) => toGlobalId(e.target),
    }),
    evidenceCount: t.exposeInt('evidenceCount', {
      description: '支持它的证据数 / How many evidences support it.',
    }),
    evidence: t.loadableList({
      type: EvidenceRef,
      byPath: true,
      description: '陈述这一关系的原文句子，最新在前 / Sentences that state this relation, newest first.',
      args: {
        first: t.arg.int({ description: '最多几条（≤50）/ At most this many (≤ 50).', defaultValue: 5 }),
      },
      load: (keys: string[], ctx, args) =>
        relationEvidenceLists(ctx, keys, capped('first', args.first ?? 5, 50)),
      resolve: (e) => relationKey(e),
    }),
  }),
});

export const SubgraphRef = builder.objectRef<Subgraph>('Subgraph').implement({
  description: '一个子图 / A subgraph: nodes and the relations between them.',
  fields: (t) => ({
    nodes: t.field({ type: [GraphNodeRef], description: '节点 / Nodes.', resolve: (g) => g.nodes }),
    edges: t.field({ type: [GraphEdgeRef], description: '关系 / Relations.', resolve: (g) => g.edges }),
    truncated: t.exposeBoolean('truncated', {
      description: '是否因数量上限被截断 / Whether a size limit cut it short.',
    }),
  }),
});

builder.queryFields((t) => ({
  relation: t.field({
    type: GraphEdgeRef,
    nullable: true,
    description:
      '两节点间某一类型的关系，没有则为 null / The relation of a type between two nodes; null when there is none.',
    args: {
      source: t.arg.id({ required: true, description: '起点（全局 id）/ Start node (global id).' }),
      type: t.arg({ type: RelationTypeEnum, required: true, description: '关系类型 / Relation type.' }),
      target: t.arg.id({ required: true, description: '终点（全局 id）/ End node (global id).' }),
    },
    resolve: (_, args, ctx) =>
      relationBetween(ctx.read, {
        source: fromGlobalId(args.source),
        type: args.type,
        target: fromGlobalId(args.target),
      }),
  }),
  neighborhood: t.field({
    type: SubgraphRef,
    description: '若干节点周围 depth 步内的子图 / The subgraph within `depth` steps of some nodes.',
    args: {
      ids: t.arg.idList({ required: true, description: '起点（全局 id）/ Start nodes (global ids).' }),
      depth: t.arg.int({ description: `步数（1–${MAX_DEPTH}）/ Steps (1–${MAX_DEPTH}).`, defaultValue: 1 }),
      nodeTypes: t.arg({ type: [NodeTypeEnum], description: '只经过这些类型 / Only these node types.' }),
      relationTypes: t.arg({ type: [RelationTypeEnum], description: '只沿这些关系 / Only these relations.' }),
      limit: t.arg.int({
        description: `节点上限（≤${MAX_NODES}）/ At most this many nodes.`,
        defaultValue: 200,
      }),
    },
    resolve: (_, args, ctx) => {
      if (args.ids.length === 0 || args.ids.length > MAX_SEEDS) {
        throw apiError('BAD_USER_INPUT', `ids 须有 1–${MAX_SEEDS} 个 / Give 1 to ${MAX_SEEDS} ids.`);
      }
      return neighborhood(ctx.read, args.ids.map(fromGlobalId), {
        depth: capped('depth', args.depth ?? 1, MAX_DEPTH),
        nodeTypes: args.nodeTypes ?? ENTITY_TYPES,
        relationTypes: args.relationTypes ?? RELATION_TYPES,
        limit: capped('limit', args.limit ?? 200, MAX_NODES),
      });
    },
  }),
  paths: t.field({
    type: SubgraphRef,
    description: '两节点间所有最短路径的并 / All shortest paths between two nodes, merged; empty when none.',
    args: {
      from: t.arg.id({ required: true, description: '起点（全局 id）/ From (global id).' }),
      to: t.arg.id({ required: true, description: '终点（全局 id）/ To (global id).' }),
      maxLength: t.arg.int({
        description: `最长步数（≤${MAX_PATH_LENGTH}）/ Longest path.`,
        defaultValue: 6,
      }),
      relationTypes: t.arg({ type: [RelationTypeEnum], description: '只沿这些关系 / Only these relations.' }),
    },
    resolve: async (_, args, ctx) => {
      const [from, to] = [fromGlobalId(args.from), fromGlobalId(args.to)];
      const maxLength = capped('maxLength', args.maxLength ?? 6, MAX_PATH_LENGTH);
      if (from === to) {
        const node = await loadNode(ctx, from);
        return { nodes: node ? [{ ...node, region: null }] : [], edges: [], truncated: false };
      }
      return paths(ctx.read, from, to, maxLength, args.relationTypes ?? RELATION_TYPES);
    },
  }),
}));
