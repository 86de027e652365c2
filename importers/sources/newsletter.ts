// Newsletter issues converted from PDF to Markdown (《大数据发展动态》 and the like): one file holds
// front matter, a table of contents, many articles and back matter. Heading levels are whatever
// the converter guessed, so articles are found by the table of contents and by how an article
// closes (its 来源 and 原文链接), never by level.

import type { Article, IssueInfo } from '../../graph/model.ts';
import { bareUrl, sourceLine, splitClosingSource, urlLine } from './fields.ts';
import {
  cleanTitle,
  isHeading,
  isItem,
  mergeCutParagraphs,
  plainInline,
  stripBlockMarker,
} from './markdown.ts';
import { furnitureTest, readIssue } from './newsletter-issue.ts';
import { type Block, matchKey, readToc, type Toc, type TocEntry } from './newsletter-toc.ts';

/** Splits one issue into its articles, each with the issue, its section, source and url. */
export function readNewsletter(markdown: string, file: string): Article[] {
  const blocks = toBlocks(markdown);
  const toc = readToc(blocks);
  const issue = readIssue(blocks.slice(0, toc?.start ?? 40), file);
  const isFurniture = furnitureTest(blocks, issue, toc?.entries ?? []);
  const body = blocks.slice(toc?.end ?? 0).filter((block) => !isFurniture(block));
  return split(body, toc).flatMap((draft) => (kept(draft) ? [toArticle(draft, issue, file)] : []));
}

/** Whether a text looks like a newsletter issue rather than a single article. */
export function looksLikeNewsletter(markdown: string): boolean {
  const blocks = toBlocks(markdown);
  const closings = blocks.filter((b) => urlLine(b.raw) || splitClosingSource(b.text)).length;
  return readToc(blocks) !== undefined || closings >= 3;
}

interface Draft {
  title: string;
  section?: string;
  listed: boolean;
  paragraphs: Block[];
  /** Paragraphs after a closing 来源: back matter, unless another 来源 follows (then a citation). */
  pending: Block[];
  closed: boolean;
  /** The paragraph whose "（来源：X）" closed the article, restored whole if it was a citation */
  closedBy?: { block: Block; at: number };
  source?: string;
  url?: string;
}

function split(body: Block[], toc: Toc | undefined): Draft[] {
  const drafts: Draft[] = [];
  const unused = new Map(toc?.entries.map((entry) => [matchKey(entry.title), entry]));
  const longest = 2 * Math.max(0, ...[...unused.keys()].map((key) => key.length)) + 10;
  let section: string | undefined;
  for (let i = 0; i < body.length; i++) {
    const block = body[i] as Block;
    const current = drafts.at(-1);
    if (block.heading && toc?.sections.has(matchKey(block.text))) {
      section = block.text;
      if (current) current.closed = true;
      continue;
    }
    // Only a block about as short as a listed title can be one (and matching is the costly part).
    const listed = block.text.length <= longest ? matchEntry(body, i, unused) : undefined;
    if (listed) {
      section = listed.section ?? section;
      drafts.push(draft(listed.title, section, true));
      i += listed.blocks - 1;
    } else if (startsArticle(block, current)) {
      drafts.push(draft(cleanTitle(block.text), section, false));
    } else if (current) {
      addBlock(current, block, body[i + 1]);
    }
  }
  return drafts;
}

/**
 * An article the contents do not list starts at a heading (or a headline-like line) after the
 * last article closed, or while the open one has had no prose yet (it was front matter).
 */
function startsArticle(block: Block, current: Draft | undefined): boolean {
  const free = !current || current.closed || (!current.listed && !current.paragraphs.some(isProse));
  const headline = !block.item && block.text.length <= 60 && !/[。！？；]|[：，、…]$/.test(block.text);
  const address = urlLine(block.raw) ?? bareUrl(block.raw);
  return free && (block.heading || (headline && current?.closed === true && !address));
}

function isProse(block: Block): boolean {
  return !block.heading && /[。！？]/.test(block.text);
}

function draft(title: string, section: string | undefined, listed: boolean): Draft {
  return { title, section, listed, paragraphs: [], pending: [], closed: false };
}

/** A table-of-contents title at block i, maybe broken over consecutive headings. */
function matchEntry(body: Block[], i: number, unused: Map<string, TocEntry>) {
  const parts: string[] = [];
  for (let j = i; j < Math.min(i + 3, body.length); j++) {
    const block = body[j] as Block;
    if (j > i && !block.heading) break;
    parts.push(cleanTitle(block.text));
    const key = matchKey(parts.join(''));
    const entry = unused.get(key);
    if (entry) {
      unused.delete(key);
      return { title: joinParts(parts, entry.title), section: entry.section, blocks: parts.length };
    }
    if (![...unused.keys()].some((title) => title.startsWith(key))) break;
  }
  return body[i]?.heading ? nearEntry(cleanTitle(body[i].text), unused) : undefined;
}

/** A heading that differs from a listed title by a few characters (a typo, a shortened title). */
function nearEntry(heading: string, unused: Map<string, TocEntry>) {
  const near = [...unused].find(([key]) => similarity(key, matchKey(heading)) >= 0.8);
  if (!near) return undefined;
  unused.delete(near[0]);
  return { title: heading, section: near[1].section, blocks: 1 };
}

/** Dice coefficient over character pairs. */
function similarity(a: string, b: string): number {
  const pairs = (s: string) => Array.from({ length: Math.max(0, s.length - 1) }, (_, k) => s.slice(k, k + 2));
  const left = pairs(a);
  const right = pairs(b);
  const pool = new Map<string, number>();
  for (const pair of left) pool.set(pair, (pool.get(pair) ?? 0) + 1);
  const shared = right.filter((pair) => {
    const n = pool.get(pair) ?? 0;
    pool.set(pair, n - 1);
    return n > 0;
  }).length;
  return left.length + right.length === 0 ? 0 : (2 * shared) / (left.length + right.length);
}

/** Parts of a broken title, with a space between two only where the contents have one. */
function joinParts(parts: string[], listed: string): string {
  return parts.reduce((title, part) => {
    let end = 0;
    while (end < listed.length && matchKey(listed.slice(0, end)) !== matchKey(title)) end++;
    return /\s/.test(listed[end] ?? '') ? `${title} ${part}` : title + part;
  });
}

function addBlock(draft: Draft, block: Block, next: Block | undefined) {
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

function kept(draft: Draft): boolean {
  const closedBySource = draft.source !== undefined || draft.url !== undefined;
  return (draft.listed || closedBySource) && draft.paragraphs.some((p) => !p.heading);
}

function toArticle(draft: Draft, issue: IssueInfo, file: string): Article {
  const paragraphs = draft.paragraphs.map((p) => p.text);
  const text = mergeCutParagraphs(
    paragraphs,
    (i) => draft.paragraphs[i]?.heading || draft.paragraphs[i]?.whole === true,
  ).join('\n');
  const { title, section, source, url } = draft;
  return { title, text, section, source, url, date: issue.date, issue, file };
}

function toBlocks(markdown: string): Block[] {
  return markdown.split(/\r?\n/).flatMap((line) => {
    const text = plainInline(stripBlockMarker(line));
    const block = { text, raw: stripBlockMarker(line).trim(), heading: isHeading(line), item: isItem(line) };
    return text ? [block] : [];
  });
}
