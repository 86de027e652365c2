// One article of a newsletter issue while it is read: paragraphs go in until its 来源 or
// 原文链接 closes it; what follows a closing is held back as back matter unless another 来源
// shows that the first was a citation inside the article.

import type { Article, IssueInfo } from '../../core/model.ts';
import { bareUrl, sourceLine, splitClosingSource, urlLine } from './fields.ts';
import { mergeCutParagraphs } from './markdown.ts';
import type { Block } from './newsletter-toc.ts';

/** An article while the issue is read: open until its 来源 or 原文链接 closes it. */
export interface Draft {
  title: string;
  section?: string;
  listed: boolean;
  paragraphs: Block[];
  /** Paragraphs after a closing 来源: back matter, unless another 来源 follows (then a citation). */
  pending: Block[];
  closed: boolean;
  /** Whether a paragraph of prose was read: before that, a heading may still start another article */
  prose: boolean;
  /** The paragraph whose "（来源：X）" closed the article, restored whole if it was a citation */
  closedBy?: { block: Block; at: number };
  source?: string;
  url?: string;
}

export function newDraft(title: string, section: string | undefined, listed: boolean): Draft {
  return { title, section, listed, paragraphs: [], pending: [], closed: false, prose: false };
}

export function addBlock(draft: Draft, block: Block, next: Block | undefined) {
  const url = urlLine(block.raw) ?? (draft.closed ? bareUrl(block.raw) : undefined);
  if (url) return close(draft, { url });
  const standalone = sourceLine(block.text);
  if (standalone !== undefined) {
    // A 来源 line inside the body credits a figure; only the article's last one is its source.
    const last = !next || next.heading || urlLine(next.raw) !== undefined;
    if (last) return close(draft, { source: standalone });
    const caption = draft.paragraphs.at(-1);
    if (caption) caption.whole = true;
    return;
  }
  const closing = splitClosingSource(block.text);
  if (closing) return close(draft, { source: closing.source }, block, closing.rest);
  (draft.closed ? draft.pending : draft.paragraphs).push(block);
  draft.prose ||= !block.heading && /[。！？]/.test(block.text);
}

function close(draft: Draft, found: { source?: string; url?: string }, block?: Block, rest?: string) {
  // A second 来源, or text after the first, shows the first was a citation inside the article.
  if (draft.closedBy && (draft.pending.length > 0 || found.source !== undefined)) {
    draft.paragraphs[draft.closedBy.at] = draft.closedBy.block;
  }
  draft.paragraphs.push(...draft.pending);
  draft.pending = [];
  if (block && rest) {
    draft.closedBy = { block, at: draft.paragraphs.length };
    draft.paragraphs.push({ ...block, text: rest });
  }
  Object.assign(draft, found, { closed: true });
}

export function kept(draft: Draft): boolean {
  const closedBySource = draft.source !== undefined || draft.url !== undefined;
  return (draft.listed || closedBySource) && draft.paragraphs.some((p) => !p.heading);
}

export function toArticle(draft: Draft, issue: IssueInfo, file: string): Article {
  const paragraphs = draft.paragraphs.map((p) => p.text);
  const text = mergeCutParagraphs(
    paragraphs,
    (i) => draft.paragraphs[i]?.heading || draft.paragraphs[i]?.whole === true,
  ).join('\n');
  const { title, section, source, url } = draft;
  return { title, text, section, source, url, date: issue.date, issue, file };
}
