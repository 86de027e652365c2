// A single article in Markdown or plain text. Optional header lines before the body give its
// title (`# title`, or 原标题：), source (来源：), date (日期：) and address (原文链接：); a closing
// "（来源：X）" or trailing 来源/原文链接 lines are read the same way.

import type { Article } from '../../core/model.ts';
import { isoDate, sourceLine, splitClosingSource, urlLine } from './fields.ts';
import { articleText, cleanTitle, isHeading, plainInline, stripBlockMarker } from './markdown.ts';

export interface Header {
  title?: string;
  source?: string;
  date?: string;
  url?: string;
}

/** One article; `given` holds what front matter said, which the header lines may complete. */
export function readArticle(markdown: string, file: string, given: Header = {}): Article[] {
  const { header, body } = readHeader(markdown.split(/\r?\n/), given);
  const text = articleText(readTrailer(body, header).join('\n'));
  const { title, source, date, url } = header;
  return [{ title: title ?? baseName(file), text, source, date, url, file }];
}

/** The header lines at the top (# title, 来源, 日期, 原文链接, bylines) and the lines after them. */
export function readHeader(lines: string[], given: Header = {}): { header: Header; body: string[] } {
  const header: Header = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
  let start = 0;
  for (; start < lines.length; start++) {
    const line = lines[start] ?? '';
    if (line.trim() === '' || isTitleAgain(line, given.title) || readHeaderLine(line, header)) continue;
    if (header.title !== undefined || !titleLike(line)) break;
    header.title = cleanTitle(stripBlockMarker(line));
  }
  return { header, body: lines.slice(start) };
}

/** The `# title` line under front matter that already gave the title. */
function isTitleAgain(line: string, title: string | undefined): boolean {
  return (
    title !== undefined && isHeading(line) && cleanTitle(line.replace(/^\s*#+/, '')) === cleanTitle(title)
  );
}

/** A 原文链接 line left empty by whoever saved the article. */
const EMPTY_URL_LINE = /^(?:原文链接|原文地址|链接|网址)\s*[:：]\s*$/;

/** The headline as its first publisher gave it, which a page that carries the story prints above it. */
const ORIGINAL_TITLE = /^原标题\s*[:：]\s*(\S.*)$/;

/** Header lines that name people, not part of the article's text. */
const BYLINE = /^(?:作者|记者|编辑|责任编辑|通讯员|审核|校对)\s*[:：]/;

function readHeaderLine(line: string, header: Header): boolean {
  const plain = plainInline(stripBlockMarker(line));
  const date = /^(?:日期|发布日期|发布时间|时间)\s*[:：]\s*(.+)$/.exec(plain)?.[1];
  const original = ORIGINAL_TITLE.exec(plain)?.[1];
  if (isHeading(line) && header.title === undefined) header.title = cleanTitle(line.replace(/^\s*#+/, ''));
  else if (original) header.title ??= cleanTitle(original);
  else if (date && isoDate(date)) header.date = isoDate(date);
  else if (sourceLine(plain) && !header.source) header.source = sourceLine(plain);
  else if (urlLine(stripBlockMarker(line)) && !header.url) header.url = urlLine(stripBlockMarker(line));
  else if (EMPTY_URL_LINE.test(plain)) return true;
  else if (!BYLINE.test(plain)) return false;
  return true;
}

/** Takes 来源, 原文链接 and the editor's line (责任编辑：…) off the end of the body. */
function readTrailer(body: string[], header: Header): string[] {
  const lines = [...body];
  while (lines.length > 0) {
    const plain = plainInline(stripBlockMarker(lines.at(-1) ?? ''));
    const url = urlLine(stripBlockMarker(lines.at(-1) ?? ''));
    const source = sourceLine(plain);
    const closing = splitClosingSource(plain);
    if (plain !== '' && !url && !source && !BYLINE.test(plain)) {
      if (closing) lines[lines.length - 1] = closing.rest;
      header.source ??= closing?.source;
      break;
    }
    header.url ??= url;
    header.source ??= source;
    lines.pop();
  }
  return lines;
}

/**
 * A plain-text article's first line is its title when it reads like one: short, not closed like a
 * sentence or clause, nor like the salutation that opens a document (各有关单位：).
 */
export function titleLike(line: string): boolean {
  const plain = plainInline(stripBlockMarker(line));
  return plain.length <= 60 && !/[。！？；，：:]$/.test(plain);
}

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
}
