// What a newsletter issue says about itself (publication, date, number) and the furniture it
// repeats on its pages (running heads, page numbers, QR-code prompts).

import type { IssueInfo } from '../../core/model.ts';
import { CHINESE_NUMERAL_CHARS, parseNumber } from '../extract/numbers.ts';
import { isoDate, sourceLine } from './fields.ts';
import { type Block, matchKey, type TocEntry } from './newsletter-toc.ts';

export function readIssue(front: Block[], file: string): IssueInfo {
  const text = front.map((b) => b.text).join('\n');
  const publication = front.find((b) => b.heading && !isIssueLine(b.text))?.text;
  const number = new RegExp(`(?<!总\\s*)第\\s*(${NUMERAL})\\s*期`).exec(text)?.[1];
  const serial = new RegExp(`总\\s*第\\s*(${NUMERAL})\\s*期`).exec(text)?.[1];
  // A full date is the issue's; a bare month may belong to something the cover mentions.
  const day = /\d{4} ?[年\-/.] ?\d{1,2} ?[月\-/.] ?\d{1,2}(?!\d)/.exec(text)?.[0];
  return {
    publication: publication ?? file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''),
    date: isoDate(day ?? text),
    number: number ? parseNumber(number) : undefined,
    serial: serial ? parseNumber(serial) : undefined,
  };
}

/** 2, 02 or 二 in 第2期 */
const NUMERAL = String.raw`\d+|[${CHINESE_NUMERAL_CHARS}]+`;

/** A line of nothing but the issue's date and number, maybe after the publication's name. */
function isIssueLine(text: string, publication = ''): boolean {
  if (text.length > publication.length + 40) return false;
  const rest = text
    .replace(publication, '')
    .replace(/\d{4}\s*年(\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?)?|总?\s*第\s*\d+\s*期|[（()）,，、·|\s]/g, '');
  return rest === '' && text.replace(publication, '').trim() !== '';
}

/** Page furniture: QR-code prompts, page numbers, running heads and short lines on every page. */
export function furnitureTest(
  blocks: Block[],
  issue: IssueInfo,
  listed: TocEntry[],
): (block: Block) => boolean {
  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(b.text, (counts.get(b.text) ?? 0) + 1);
  // A listed title shows on the cover, in the contents and over its article: not a running head.
  const titles = new Set(listed.map((entry) => matchKey(entry.title)));
  return (b) =>
    /^(扫描|扫码|长按|识别|关注).{0,24}(二维码|公众号|订阅)/.test(b.text) ||
    /^[-—–\s]*\d{1,3}[-—–\s]*$|^第\s*\d+\s*页/.test(b.text) ||
    isIssueLine(b.text, issue.publication) ||
    b.text === issue.publication ||
    (b.text.length <= 30 &&
      (counts.get(b.text) ?? 0) >= 3 &&
      !titles.has(matchKey(b.text)) &&
      !sourceLine(b.text));
}
