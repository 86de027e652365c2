import type { EvidenceRow } from '../../graph/queries/mentions.ts';
import { builder } from '../builder.ts';
import { ArticleRef } from './refs.ts';

export const EvidenceRef = builder.objectRef<Omit<EvidenceRow, 'key'>>('Evidence').implement({
  description: '证据：文章中的一句话 / Where a fact was read: a sentence of an article.',
  fields: (t) => ({
    article: t.field({ type: ArticleRef, description: '来源文章 / The article.', resolve: (e) => e.article }),
    sentence: t.exposeString('sentence', { description: '原句 / The sentence.' }),
    start: t.exposeInt('start', { description: '提及起始位置 / Offset of the mention in the article text.' }),
    end: t.exposeInt('end', { description: '提及结束位置（不含）/ End offset, exclusive.' }),
  }),
});
