// Where a title listed in the contents starts in the body: a heading (or line) with the same
// text once width, quotes and spaces are folded, a title broken over consecutive headings, or a
// heading that differs by a word.

import { cleanTitle } from './markdown.ts';
import { type Block, matchKey, type TocEntry } from './newsletter-toc.ts';

/** A table-of-contents title at block i, maybe broken over consecutive headings. */
export function matchEntry(body: Block[], i: number, unused: Map<string, TocEntry>) {
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
