// Government web pages saved as HTML (gov.cn style): the title, the publication date, the issuing
// body and the body text, without navigation, footers or share buttons. The body is the element
// whose own paragraphs hold the most text, so no site's class names are needed.

import { type Cheerio, type CheerioAPI, load } from 'cheerio';
import type { AnyNode } from 'domhandler';
import type { Article } from '../../core/model.ts';
import { isoDate } from './fields.ts';
import { collapseSpaces } from './markdown.ts';

export function readHtml(html: string, file: string): Article[] {
  const $ = load(html);
  const meta = (...names: string[]) =>
    names
      .map((name) => $(`meta[name="${name}" i], meta[property="${name}" i]`).attr('content')?.trim())
      .find(Boolean);
  $('script, style, noscript, template, iframe, nav, header, footer, aside, form, select, button').remove();
  $('br').replaceWith(LINE_BREAK);
  const page = textOf($('body'));
  const title = meta('ArticleTitle', 'og:title') ?? firstText($, 'h1') ?? pageTitle($);
  const published = meta('PubDate', 'firstpublishedtime', 'publishdate', 'article:published_time');
  const paragraphs = bodyParagraphs($).filter((p) => p !== collapseSpaces(title ?? ''));
  return [
    {
      title: collapseSpaces(title ?? ''),
      text: paragraphs.join('\n'),
      date: isoDate(published ?? '') ?? publishedOn(page),
      source: labelled(page, ISSUER) ?? meta('ContentSource', 'source') ?? labelled(page, SOURCE),
      url: meta('og:url', 'url') ?? $('link[rel="canonical"]').attr('href'),
      file,
    },
  ];
}

/** Whether the text is an HTML page. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body)\b/i.test(text);
}

const YMD = String.raw`(\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2})`;
/** Publication dates first: a policy page also shows the date the document was signed (成文日期). */
const DATES = [String.raw`(?:发布时间|发布日期)\s*[:：]?\s*`, String.raw`(?:日期|时间)\s*[:：]?\s*`].map(
  (label) => new RegExp(label + YMD),
);
const ISSUER = /发文机关\s*[:：]?\s*([^\s:：|]+)/;
const SOURCE = /来源\s*[:：]\s*([^\s:：|]+)/;

function labelled(page: string, pattern: RegExp): string | undefined {
  return pattern.exec(page)?.[1];
}

function publishedOn(page: string): string | undefined {
  return DATES.map((pattern) => isoDate(labelled(page, pattern) ?? '')).find(Boolean);
}

const BLOCKS = 'p, h2, h3, h4, h5, h6, li, div:not(:has(div, p))';

/** The paragraphs of the element whose direct paragraphs hold the most text. */
function bodyParagraphs($: CheerioAPI): string[] {
  let best: { element: Cheerio<AnyNode>; score: number } | undefined;
  $('body, body *').each((_, element) => {
    const paragraphs = $(element).children('p, div:not(:has(div, p))');
    const score = paragraphs.toArray().reduce((sum, p) => sum + textOf($(p)).length, 0);
    if (!best || score > best.score) best = { element: $(element), score };
  });
  if (!best) return [];
  const found = best.element.find(BLOCKS).toArray();
  const inBody = new Set(found);
  // A block inside another block (a <p> in an <li>) is already in its parent's text.
  const outer = found.filter(
    (block) =>
      !$(block)
        .parents()
        .toArray()
        .some((parent) => inBody.has(parent)),
  );
  return outer
    .flatMap((block) => $(block).text().split(LINE_BREAK).map(collapseSpaces))
    .filter((text) => text !== '' && !isFurniture(text));
}

/** Stands for <br> while text is read, so that lines a page breaks with <br> stay apart. */
const LINE_BREAK = '\u2029';

function textOf(element: Cheerio<AnyNode>): string {
  return collapseSpaces(element.text());
}

function firstText($: CheerioAPI, selector: string): string | undefined {
  return $(selector)
    .toArray()
    .map((element) => textOf($(element)))
    .find(Boolean);
}

/** The <title> without the site name that follows a separator: "标题_中国政府网". */
function pageTitle($: CheerioAPI): string | undefined {
  return textOf($('title')).split(/\s*[_|｜]\s*|\s+[-–—]\s+/)[0] || undefined;
}

function isFurniture(text: string): boolean {
  return /^(【[^】]{1,8}】\s*)+$|^(扫一扫|扫描|打印|关闭|分享|责任编辑)/.test(text);
}
