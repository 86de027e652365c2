import { nodeLabel } from '../../core/labels.ts';
import { builder } from '../builder.ts';
import { apiError, capped } from '../errors.ts';
import { checkedKey, fromGlobalId, toGlobalId } from '../ids.ts';
import { loadNode, mentionLists } from '../loads.ts';
import { NodeTypeEnum } from './enums.ts';
import { EvidenceRef } from './evidence.ts';
import { NodeRef } from './refs.ts';

NodeRef.implement({
  description: '图中的实体：机构、政策、地区、工程、指标 / An entity of the graph.',
  resolveType: (row) => row.type,
  fields: (t) => ({
    id: t.id({
      description: '全局 id（节点键的 base64url）/ Global id (the key in base64url).',
      resolve: (row) => toGlobalId(row.key),
    }),
    key: t.exposeString('key', { description: '节点键，如 Agency:国家数据局 / Stable key, Type:name.' }),
    type: t.field({ type: NodeTypeEnum, description: '节点类型 / Node type.', resolve: (row) => row.type }),
    name: t.exposeString('name', { description: '规范名称 / Canonical name.' }),
    label: t.string({
      description:
        '给人看的名称；指标带数值与年份（算力规模 150 EFlops · 2025 目标）/ How it reads to a person: its name, a figure with its value and year.',
      resolve: (row) => nodeLabel(row),
    }),
    aliases: t.exposeStringList('aliases', { description: '别名、简称 / Other names used for it.' }),
    mentions: t.loadableList({
      type: EvidenceRef,
      byPath: true,
      description: '提及它的原文句子，最新在前 / Sentences that mention it, newest first.',
      args: {
        first: t.arg.int({ description: '最多几条（≤50）/ At most this many (≤ 50).', defaultValue: 5 }),
      },
      load: (keys: string[], ctx, args) => mentionLists(ctx, keys, capped('first', args.first ?? 5, 50)),
      resolve: (row) => row.key,
    }),
  }),
});

builder.queryFields((t) => ({
  node: t.field({
    type: NodeRef,
    description: '按全局 id 取节点 / A node by its global id.',
    args: { id: t.arg.id({ required: true, description: '全局 id / Global id.' }) },
    resolve: (_, args, ctx) => found(loadNode(ctx, fromGlobalId(args.id)), args.id),
  }),
  nodeByKey: t.field({
    type: NodeRef,
    description: '按节点键取节点 / A node by its key (Agency:国家数据局).',
    args: { key: t.arg.string({ required: true, description: '节点键 / Node key.' }) },
    resolve: (_, args, ctx) => found(loadNode(ctx, checkedKey(args.key)), args.key),
  }),
}));

async function found<T>(row: Promise<T | null>, asked: string): Promise<T> {
  const value = await row;
  if (value === null) throw apiError('NOT_FOUND', `图中没有该节点 / No node ${asked} in the graph.`);
  return value;
}
