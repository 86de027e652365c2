// Fields that several sources read the same way: dates, 来源 and 原文链接 lines.

import { unescapeMarkdown } from './markdown.ts';

const DATE = /(\d{4}) ?[年\-/.] ?(\d{1,2})(?!\d)(?: ?[月\-/.] ?(\d{1,2})(?!\d) ?日?)?/;

/** The first date in the text as ISO (2025年1月13日 → 2025-01-13, 2025年1月 → 2025-01), on one line. */
export function isoDate(text: string): string | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (Number(month) < 1 || Number(month) > 12 || (day && (Number(day) < 1 || Number(day) > 31))) {
    return undefined;
  }
  const ymd = [year, month?.padStart(2, '0'), day?.padStart(2, '0')].filter(Boolean);
  return ymd.join('-');
}

const SOURCE_AT_END = /[（(【]\s*(?:文章|信息|稿件|资料)?来源\s*[:：|丨]\s*([^（()）【】]+?)\s*[)）】]\s*$/;
const SOURCE_LINE = /^\s*(?:文章|信息|稿件|资料)?来源\s*[:：|丨]\s*(.+?)\s*$/;

/** A paragraph's closing "（来源：X）": the paragraph without it, and X. */
export function splitClosingSource(paragraph: string): { rest: string; source: string } | undefined {
  const match = SOURCE_AT_END.exec(paragraph);
  if (!match?.[1]) return undefined;
  return { rest: paragraph.slice(0, match.index).trimEnd(), source: match[1] };
}

/** X of a line "来源：X". */
export function sourceLine(line: string): string | undefined {
  return SOURCE_LINE.exec(line)?.[1];
}

const URL_LINE = /^\s*(?:原文链接|原文地址|链接|网址|原文)\s*[:：]\s*(.+)$/;

/** The address of a line "原文链接：…" in any Markdown form: [text](url), <url> or bare. */
export function urlLine(line: string): string | undefined {
  const value = URL_LINE.exec(line)?.[1];
  return value ? linkTarget(value) : undefined;
}

/** The address of a line that holds nothing but one: [text](url), <url> or bare. */
export function bareUrl(line: string): string | undefined {
  return /^(\[[^\]]*\]\(\S+\)|<\S+>|\S+)$/.test(line.trim()) ? linkTarget(line.trim()) : undefined;
}

function linkTarget(value: string): string | undefined {
  const url = /\]\((\S+?)\)/.exec(value)?.[1] ?? /<(\S+?)>/.exec(value)?.[1] ?? /\S+/.exec(value)?.[0];
  return url && /^https?:\/\//.test(unescapeMarkdown(url)) ? unescapeMarkdown(url) : undefined;
}
