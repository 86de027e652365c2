// Digests: one file of many short items, as WeChat accounts, city papers and bureaus publish them
// (资讯周报, 动态盘点, 书记市长这一周). Items are found by how they are marked, not by any
// publisher's words: the mark (a heading level, bold, 【】, a number such as 1. or 一、, a title
// that the 目录 lists) that most often opens a stretch of text is the item's; a marked line right
// above an item names its section; other marked lines are sub-headings inside the item. An article
// has sections marked the same way, so the items are taken when the file names itself a digest (in
// its title or the section above its items), a 目录 lists them, or they link to their sources. A line
// without marks opens an item only in a file whose title names it a digest, where items without
// titles of their own stay with the section they are under. Each item is one article with its title, the
// one link it gives (详见：…) as its url, and the digest's date and source.

import type { Article } from '../../core/model.ts';
import type { Header } from './article.ts';
import { type Line, toLines } from './digest-lines.ts';
import { sourceLine, splitClosingSource } from './fields.ts';
import { mergeCutParagraphs } from './markdown.ts';
import { matchKey, readToc } from './newsletter-toc.ts';

/** The items of a digest, or undefined when the lines show no item structure (one article then). */
export function readDigest(markdown: string, header: Header, file: string): Article[] | undefined {
  const lines = toLines(markdown);
  const listed = listedTitles(lines);
  const named = DIGEST_NAME.test(header.title ?? '');
  const style = itemStyle(lines, listed, named);
  if (!style) return undefined;
  const opens = (i: number) => styleOf(lines[i], listed) === style && hasText(lines, i, style, listed);
  const items = split(lines, opens);
  const linked = items.filter((item) => item.lines.some((line) => line.link || sourceLine(line.text))).length;
  const inNamedSection = items.some((item) => DIGEST_NAME.test(item.section ?? ''));
  if (items.length < 2 || !(named || inNamedSection || style === LISTED || linked >= 2)) return undefined;
  return items.map((item) => toArticle(item, header, file));
}

/**
 * Words by which a digest names itself, in its title or in the section its items stand under (第二部分
 * 政策摘要): 周报, 动态, 盘点, 这一周, 内参, 合刊, 第12期…
 */
const DIGEST_NAME =
  /周报|周刊|一周|每周|月报|月刊|日报|简报|快报|快讯|速递|速览|动态|资讯|盘点|要闻|汇总|汇编|摘编|(?:政策|新闻|信息|舆情)摘要|内参|合刊|精选|合集|一览|第\s*[\d一二三四五六七八九十]+\s*期|\d{6,8}\s*期/;

/** The style of a line whose title the 目录 lists, whatever its marks. */
const LISTED = 'listed';

interface Item {
  title: string;
  section?: string;
  lines: Line[];
}

/** The titles a 目录 lists, by match key. */
function listedTitles(lines: Line[]): Set<string> {
  const blocks = lines.map((line) => ({
    text: line.label,
    raw: line.raw,
    heading: line.style.startsWith('h'),
    item: line.style === 'bullet',
  }));
  return new Set(readToc(blocks)?.entries.map((entry) => matchKey(entry.title)));
}

function styleOf(line: Line | undefined, listed: Set<string>): string | undefined {
  if (!line?.headline) return undefined;
  return listed.has(matchKey(line.label)) ? LISTED : line.style;
}

/** The style that opens the most stretches of text, if two or more; a listed title first. */
function itemStyle(lines: Line[], listed: Set<string>, named: boolean): string | undefined {
  const counts = new Map<string, number>();
  lines.forEach((line, i) => {
    const style = styleOf(line, listed);
    if (!style || (style === 'plain' && !named) || !hasText(lines, i, style, listed)) return;
    counts.set(style, (counts.get(style) ?? 0) + 1);
  });
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || Number(b[0] === LISTED) - Number(a[0] === LISTED));
  const [best] = ranked;
  return best && best[1] >= 2 ? best[0] : undefined;
}

/**
 * Whether text follows line i before the next line of the same style. An unmarked line stands
 * alone between paragraphs and is followed by two of them: a subhead broken over lines is no item.
 */
function hasText(lines: Line[], i: number, style: string, listed: Set<string>): boolean {
  let paragraphs = 0;
  for (let j = i + 1; j < lines.length && styleOf(lines[j], listed) !== style; j++) {
    if (lines[j]?.body) paragraphs++;
  }
  if (style !== 'plain') return paragraphs > 0;
  return paragraphs >= 2 && lines[i - 1]?.headline !== true && lines[i + 1]?.headline !== true;
}

/** Items from the first on; a headline right above an item is its section, the lead is dropped. */
function split(lines: Line[], opens: (i: number) => boolean): Item[] {
  const items: Item[] = [];
  let section: string | undefined;
  lines.forEach((line, i) => {
    if (opens(i)) items.push({ title: line.label, section, lines: [] });
    else if (line.headline && opens(i + 1)) section = line.label;
    else items.at(-1)?.lines.push(line);
  });
  return items.filter((item) => item.lines.some((line) => line.body));
}

function toArticle(item: Item, header: Header, file: string): Article {
  const links = [...new Set(item.lines.flatMap((line) => (line.link ? [line.link] : [])))];
  const text = item.lines.filter((line) => !line.link && !line.pointer && !sourceLine(line.text));
  const named = item.lines.flatMap((line) => sourceLine(line.text) ?? []).at(-1);
  const closing = splitClosingSource(text.at(-1)?.text ?? '');
  const paragraphs = text.map((line) => line.text);
  if (closing) paragraphs[paragraphs.length - 1] = closing.rest;
  const publication = header.title ?? file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return {
    title: item.title,
    text: mergeCutParagraphs(paragraphs, (i) => text[i]?.headline === true).join('\n'),
    section: item.section ?? column(publication),
    source: named ?? closing?.source ?? header.source,
    url: links.length === 1 ? links[0] : undefined,
    date: header.date,
    issue: { publication, date: header.date },
    file,
  };
}

/** The column a digest's title names before its headline: 书记市长这一周 of "书记市长这一周 | …". */
function column(title: string): string | undefined {
  const [name, headline] = title.split(/\s*[|｜]\s*/);
  return headline ? name : undefined;
}
