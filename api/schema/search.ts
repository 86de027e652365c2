import { nodeLabel } from '../../core/labels.ts';
import { ENTITY_TYPES, type EntityType } from '../../core/model.ts';
import type { NodeRow } from '../../graph/queries/rows.ts';
import { search } from '../../graph/queries/search.ts';
import { FULLTEXT_INDEX } from '../../graph/schema.ts';
import { builder } from '../builder.ts';
import { apiError, capped } from '../errors.ts';
import { highlight } from '../highlight.ts';
import { NodeTypeEnum } from './enums.ts';
import { NodeRef } from './refs.ts';

interface Hit {
  node: NodeRow;
  score: number;
  highlight: string;
}

const SearchHitRef = builder.objectRef<Hit>('SearchHit').implement({
  description: '一条搜索结果 / A search hit.',
  fields: (t) => ({
    node: t.field({ type: NodeRef, description: '命中的节点 / The node found.', resolve: (h) => h.node }),
    score: t.exposeFloat('score', { description: '相关度，越大越好 / Relevance, higher is better.' }),
    highlight: t.exposeString('highlight', {
      description:
        '标签（见 Node.label），匹配处以 <mark> 标出（已转义 HTML）/ The label (Node.label), HTML-escaped, matches in <mark>.',
    }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHitRef],
    description: '按名称、别名全文检索实体（中文分词）/ Full-text search of entity names and aliases (CJK).',
    args: {
      text: t.arg.string({ required: true, description: '检索词 / What to look for.' }),
      types: t.arg({ type: [NodeTypeEnum], description: '只要这些类型 / Only these types.' }),
      first: t.arg.int({ description: '最多几条（≤100）/ At most this many (≤ 100).', defaultValue: 20 }),
    },
    resolve: async (_, args, ctx) => {
      const text = args.text.trim();
      if (text.length === 0 || text.length > 100) {
        throw apiError(
          'BAD_USER_INPUT',
          '检索词须为 1–100 个字符 / Search text must be 1 to 100 characters.',
        );
      }
      const types = (args.types ?? ENTITY_TYPES).filter((t): t is EntityType =>
        (ENTITY_TYPES as readonly string[]).includes(t),
      );
      const rows = await search(
        ctx.read,
        FULLTEXT_INDEX,
        text,
        types,
        capped('first', args.first ?? 20, 100),
      );
      return rows.map(({ node, score }) => ({ node, score, highlight: highlight(nodeLabel(node), text) }));
    },
  }),
}));
