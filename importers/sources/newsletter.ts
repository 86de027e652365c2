// Newsletter issues converted from PDF to Markdown (《大数据发展动态》 and the like): one file holds
// front matter, a table of contents, many articles and back matter. Heading levels are whatever
// the converter guessed, so articles are found by the table of contents and by how an article
// closes (its 来源 and 原文链接), never by level.

import type { Article } from '../../core/model.ts';
import { bareUrl, splitClosingSource, urlLine } from './fields.ts';
import { cleanTitle, isHeading, isItem, plainInline, stripBlockMarker } from './markdown.ts';
import { addBlock, type Draft, kept, newDraft, toArticle } from './newsletter-draft.ts';
import { furnitureTest, readIssue } from './newsletter-issue.ts';
import { matchEntry } from './newsletter-match.ts';
import { type Block, matchKey, readToc, type Toc } from './newsletter-toc.ts';

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
      drafts.push(newDraft(listed.title, section, true));
      i += listed.blocks - 1;
    } else if (startsArticle(block, current)) {
      drafts.push(newDraft(cleanTitle(block.text), section, false));
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
  const free = !current || current.closed || (!current.listed && !current.prose);
  const headline = !block.item && block.text.length <= 60 && !/[。！？；]|[：，、…]$/.test(block.text);
  const address = urlLine(block.raw) ?? bareUrl(block.raw);
  return free && (block.heading || (headline && current?.closed === true && !address));
}

function toBlocks(markdown: string): Block[] {
  return markdown.split(/\r?\n/).flatMap((line) => {
    const text = plainInline(stripBlockMarker(line));
    const block = { text, raw: stripBlockMarker(line).trim(), heading: isHeading(line), item: isItem(line) };
    return text ? [block] : [];
  });
}
