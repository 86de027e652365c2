// The lines of a digest as its reader sees them: how each is marked (a heading level, bold, 【】,
// a number such as 1. or 一、), the title it would give without its number, and whether it is a
// link, a headline or text of an item.

import { bareUrl, sourceLine, urlLine } from './fields.ts';
import { collapseSpaces, isItem, plainInline, stripBlockMarker, unescapeMarkdown } from './markdown.ts';

export interface Line {
  /** The Markdown line */
  raw: string;
  /** The line as plain text */
  text: string;
  /** How the line is marked: h2, bold, bold:num, plain:hannum, bullet, bracket, plain… */
  style: string;
  /** The title the line gives: no number, no brackets */
  label: string;
  /** The address, when the line is nothing but a link (详见：https://…, [https://…](…), <…>) */
  link?: string;
  /** 详见： alone, with the link on the line after it */
  pointer: boolean;
  /** Short and unpunctuated like a title */
  headline: boolean;
  /** Text of an item: Chinese that is not a headline, a link or a 来源 line */
  body: boolean;
}

export function toLines(markdown: string): Line[] {
  return markdown.split(/\r?\n/).flatMap((raw) => {
    // The stars left of a line in bold italics (***…***) once plainInline took the bold away
    const text = plainInline(stripBlockMarker(raw)).replace(/^\*+(?=\S)(.*\S)\*+$/, '$1');
    if (text === '') return [];
    const lead = LEAD_IN.exec(text);
    if (lead?.[1] && lead[2]) return [toLine(`【${lead[1]}】`, `【${lead[1]}】`), toLine(lead[2], lead[2])];
    const linked = TRAILING_LINK.exec(text);
    if (linked?.[1] && linked[2]) return [toLine(linked[1], linked[1]), toLine(linked[2], linked[2])];
    return [toLine(raw, text)];
  });
}

/** 【标题】 and the item's text on one line, as 快讯 and 简报 write them. */
const LEAD_IN = /^【([^】]{4,60})】\s*(\p{Script=Han}.*[。！？].*)$/u;

/** A paragraph with its source's address written after its last sentence. */
const TRAILING_LINK = /^(.*\p{Script=Han}.*[。！？”）)])\s*(https?:\/\/[^\s，。；）)]+)$/u;

function toLine(raw: string, text: string): Line {
  const mark = markOf(raw);
  const number = NUMBERS.find(([, pattern]) => pattern.test(text));
  const label = collapseSpaces(text.replace(number?.[1] ?? /^$/, '').replace(/^【(.+)】$/, '$1'));
  const pointed = POINTER.exec(text);
  const link = linkOf(raw) ?? (pointed?.[1] ? linkOf(pointed[1]) : undefined);
  const pointer = pointed !== null && pointed[1] === '';
  const unmarked = mark === 'plain' && !number;
  const headline =
    !link &&
    !pointer &&
    sourceLine(text) === undefined &&
    label.length >= 4 &&
    label.length <= (unmarked ? 40 : 80) &&
    !/[。；，：、,;:]$/.test(label) &&
    !(unmarked && /[。！？；，]/.test(label)) &&
    /\p{Script=Han}/u.test(label);
  const body = !headline && !link && !pointer && /\p{Script=Han}/u.test(text);
  return { raw, text, style: number ? `${mark}:${number[0]}` : mark, label, link, pointer, headline, body };
}

/** Numbering at the start of a title, from the finest to the coarsest kind. */
const NUMBERS: [string, RegExp][] = [
  ['symbol', /^[▌▍▎■□◆◇●○▶►★☆]\s*/],
  ['num', /^(?:\d{1,2}\s*[.、．](?!\d)|0\d\s+)\s*/],
  ['hannum', /^[一二三四五六七八九十]{1,3}\s*[、.．]\s*/],
  ['parenhan', /^[（(][一二三四五六七八九十]{1,3}[)）]\s*/],
  ['parennum', /^[（(]\d{1,2}[)）]\s*/],
];

const POINTER = /^(?:详见|详情|详情见|阅读原文|原文|查看原文)\s*[:：]?\s*(.*)$/;

function markOf(raw: string): string {
  const heading = /^\s*(#{1,6})\s/.exec(raw)?.[1];
  if (heading) return `h${heading.length}`;
  if (isItem(raw)) return 'bullet';
  const line = stripBlockMarker(raw).trim();
  const stars = /^(\*+|_{2,})\S.*?\S?(\*+|_{2,})$/.exec(line);
  if (stars?.[1] && stars[1].length >= 2) return stars[1].length % 2 === 1 ? 'bolditalic' : 'bold';
  if (/^【[^】]+】$/.test(plainInline(line))) return 'bracket';
  return 'plain';
}

/** The address a line links to; a link whose text is itself an address gives that text (the short form). */
function linkOf(raw: string): string | undefined {
  const line = stripBlockMarker(raw).trim();
  const shown = /^\[(https?:\/\/[^\]\s]+)\]\([^)]*\)$/.exec(line)?.[1];
  return shown ? unescapeMarkdown(shown) : (urlLine(line) ?? bareUrl(line));
}
