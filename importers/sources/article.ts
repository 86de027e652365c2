// A single article in Markdown or plain text. Optional header lines before the body give its
// title (`# title`), source (来源：), date (日期：) and address (原文链接：); a closing
// "（来源：X）" or trailing 来源/原文链接 lines are read the same way.

import type { Article } from '../../core/model.ts';
import { isoDate, sourceLine, splitClosingSource, urlLine } from './fields.ts';
import { articleText, cleanTitle, isHeading, plainInline, stripBlockMarker } from './markdown.ts';

interface Header {
  title?: string;
  source?: string;
  date?: string;
  url?: string;
}

export function readArticle(markdown: string, file: string): Article[] {
  const lines = markdown.split(/\r?\n/);
  const header: Header = {};
  let start = 0;
  for (; start < lines.length; start++) {
    const line = lines[start] ?? '';
    if (line.trim() === '' || readHeaderLine(line, header)) continue;
    if (header.title !== undefined || !titleLike(line)) break;
    header.title = cleanTitle(stripBlockMarker(line));
  }
  const text = articleText(readTrailer(lines.slice(start), header).join('\n'));
  const { title, source, date, url } = header;
  return [{ title: title ?? baseName(file), text, source, date, url, file }];
}

/** Header lines that name people, not part of the article's text. */
const BYLINE = /^(?:作者|记者|编辑|责任编辑|通讯员|审核|校对)\s*[:：]/;

function readHeaderLine(line: string, header: Header): boolean {
  const plain = plainInline(stripBlockMarker(line));
  const date = /^(?:日期|发布日期|发布时间|时间)\s*[:：]\s*(.+)$/.exec(plain)?.[1];
  if (isHeading(line) && header.title === undefined) header.title = cleanTitle(line.replace(/^\s*#+/, ''));
  else if (date && isoDate(date)) header.date = isoDate(date);
  else if (sourceLine(plain) && !header.source) header.source = sourceLine(plain);
  else if (urlLine(stripBlockMarker(line)) && !header.url) header.url = urlLine(stripBlockMarker(line));
  else if (!BYLINE.test(plain)) return false;
  return true;
}

/** Takes 来源 and 原文链接 off the end of the body. */
function readTrailer(body: string[], header: Header): string[] {
  const lines = [...body];
  while (lines.length > 0) {
    const plain = plainInline(stripBlockMarker(lines.at(-1) ?? ''));
    const url = urlLine(stripBlockMarker(lines.at(-1) ?? ''));
    const source = sourceLine(plain);
    const closing = splitClosingSource(plain);
    if (plain !== '' && !url && !source) {
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

/** A plain-text article's first line is its title when it reads like one: short, no full stop. */
function titleLike(line: string): boolean {
  const plain = plainInline(stripBlockMarker(line));
  return plain.length <= 60 && !/[。！？；，]$/.test(plain);
}

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
}
