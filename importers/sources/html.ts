// Web pages saved as HTML, from any portal. The article's body is found by Mozilla's reader view
// (Readability over linkedom), so navigation, department lists, related links, footers, QR codes
// and share widgets never reach extraction. What is ours: the meta tags Chinese government sites
// set (ArticleTitle, PubDate, ContentSource), the header table above a document (发文机关, 发布日期,
// 来源, 文号, 索引号) and the 附件 list, which names the documents the page publishes.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../../core/model.ts';
import { titleLike } from './article.ts';
import { isoDate } from './fields.ts';
import { collapseSpaces } from './markdown.ts';

type Document = ReturnType<typeof parseHTML>['document'];
type Node = Document['body'];

export function readHtml(html: string, file: string): Article[] {
  const document = documentOf(html);
  const meta = metaReader(document);
  const page = pageLines(document.body);
  const header = headerFields(page);
  const named = meta('ArticleTitle', 'og:title') ?? header.title ?? headline(document);
  const attachments = attachmentNames(document);
  for (const element of headerTables(document)) element.remove();
  const reader = new Readability(document as unknown as globalThis.Document, { charThreshold: 100 }).parse();
  const body = reader?.content ? pageLines(documentOf(reader.content).body) : [];
  const title = collapseSpaces(named ?? openingHeading(body) ?? '');
  const paragraphs = withoutTitle(body, title).filter((line) => !isFurniture(line));
  const listed = attachments.filter((name) => !paragraphs.some((line) => line.includes(name)));
  if (listed.length > 0) paragraphs.push(`附件：${listed.join('；')}`);
  return [
    {
      title,
      text: paragraphs.join('\n'),
      date:
        isoDate(meta('PubDate', 'firstpublishedtime', 'publishdate', 'article:published_time') ?? '') ??
        header.date,
      source:
        header.issuer ?? meta('ContentSource', 'source') ?? header.source ?? meta('SiteName', 'og:site_name'),
      url: absolute(
        meta('og:url', 'url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
      ),
      file,
    },
  ];
}

/** Whether the text is an HTML page. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body)\b/i.test(text);
}

/** An HTML block in Markdown: a line that opens with a block element, a style, a script or a comment. */
const HTML_BLOCK =
  /^\s*<(?:!--|(?:p|div|table|section|article|ul|ol|h[1-6]|blockquote|center|style|script)[\s>])/im;

/**
 * Markdown with a page's HTML inside it (a blog post around a saved portal article, an editor's
 * <p> and <span>) as the lines a reader sees: a line per block, tags, comments, styles and scripts
 * gone, entities decoded. The Markdown around the HTML stays as it is; its <url> links are no tags.
 */
export function markdownOfHtml(markdown: string): string {
  if (!HTML_BLOCK.test(markdown)) return markdown;
  const document = documentOf(markdown.replace(/<(https?:[^>\s]+)>/g, '$1'));
  return pageLines(document.body).join('\n\n');
}

/** The text of the whole page, for the checks that tell an interstitial from an article. */
export function pageText(html: string): { title: string; text: string } {
  const document = documentOf(html);
  return {
    title: collapseSpaces(document.querySelector('title')?.textContent ?? ''),
    text: pageLines(document.body).join('\n'),
  };
}

/**
 * The page as a browser builds it, without what it runs or hides (scripts, styles). HTML lets
 * <html>, <head> and <body> be left out, and a section cut from a page (a crawler's content column,
 * a template's paragraphs) has none of them; linkedom infers nothing and keeps only the first
 * element, so the body is put around the rest here.
 */
function documentOf(html: string): Document {
  const document = parsed(html);
  for (const element of document.querySelectorAll('script, style, noscript, template')) element.remove();
  return document;
}

function parsed(html: string): Document {
  if (/<body[\s>]/i.test(html)) return parseHTML(html).document;
  const content = html.replace(/<!doctype[^>]*>|<\/?html[^>]*>/gi, '');
  const headEnd = /<\/head\s*>/i.exec(content);
  const head = headEnd ? content.slice(0, headEnd.index + headEnd[0].length) : '<head></head>';
  const body = headEnd ? content.slice(headEnd.index + headEnd[0].length) : content;
  return parseHTML(`<!doctype html><html>${head}<body>${body}</body></html>`).document;
}

function metaReader(document: Document) {
  return (...names: string[]) =>
    names
      .map((name) =>
        document
          .querySelector(`meta[name="${name}" i], meta[property="${name}" i]`)
          ?.getAttribute('content')
          ?.trim(),
      )
      .find(Boolean);
}

const YMD = String.raw`(\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2})`;
/** Publication dates first: a policy page also shows the date the document was signed (成文日期). */
const DATES = [String.raw`(?:发布时间|发布日期)\s*[:：]?\s*`, String.raw`(?:日期|时间)\s*[:：]?\s*`].map(
  (label) => new RegExp(label + YMD),
);
const ISSUER = /发文机关\s*[:：]?\s*([^\s:：|]+)/;
const SOURCE = /来源\s*[:：]\s*([^\s:：|]+)/;

/** 标题 as a header table labels it, padded to the width of the other labels (标　　题). */
const TITLE = /^标\s*题\s*[:：]\s*(.*)$/;

/** The labelled fields of a government page's header table, read from the page's lines. */
function headerFields(lines: string[]): { title?: string; issuer?: string; source?: string; date?: string } {
  const text = lines.join(' ');
  const date = DATES.map((pattern) => isoDate(pattern.exec(text)?.[1] ?? '')).find(Boolean);
  const at = lines.findIndex((line) => TITLE.test(line));
  const title = at < 0 ? undefined : TITLE.exec(lines[at] ?? '')?.[1] || lines[at + 1];
  return { title, issuer: ISSUER.exec(text)?.[1], source: SOURCE.exec(text)?.[1], date };
}

const FIELD_LABEL =
  /^(索引号|标题|发文机关|发文字号|文号|成文日期|发布日期|发布时间|发布机构|信息来源|来源|主题分类|主题词|公文种类|有效性|时间)\s*[:：]/;

/** The elements that hold nothing but labelled fields (索引号：…　发文机关：…): no article text. */
function headerTables(document: Document) {
  return [...document.body.querySelectorAll('table, tr, ul, li, dl, div, p, span')].filter((element) => {
    const text = collapseSpaces(element.textContent ?? '');
    return FIELD_LABEL.test(text.replace(/\s/g, '')) && text.length <= 300 && !/[。！？]/.test(text);
  });
}

/** Names of the documents the page attaches: links to Office or PDF files, or listed after 附件. */
function attachmentNames(document: Document): string[] {
  const names = [...document.querySelectorAll('a[href]')]
    .filter((link) => /\.(pdf|docx?|wps|xlsx?|ofd|zip|rar)(\?|$)/i.test(link.getAttribute('href') ?? ''))
    .map((link) =>
      collapseSpaces(link.textContent ?? '').replace(/^附件\s*\d*\s*[:：]?\s*|\.[a-z]{3,4}$/gi, ''),
    )
    .filter((name) => /\p{Script=Han}{2}/u.test(name));
  return [...new Set(names)];
}

/** Elements whose text starts on a line of its own. */
const BLOCK =
  /^(P|DIV|H[1-6]|LI|UL|OL|TR|TD|TH|TABLE|SECTION|ARTICLE|BLOCKQUOTE|PRE|HEADER|FOOTER|NAV|ASIDE|FIGURE|FIGCAPTION|DL|DT|DD|CENTER)$/;

/** The text of an element as a reader sees it: one line per block or <br>, spaces collapsed. */
function pageLines(root: Node | null | undefined): string[] {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes as unknown as Node[]) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1) {
        const block = BLOCK.test(child.tagName);
        if (child.tagName === 'BR' || block) parts.push('\n');
        walk(child);
        if (block) parts.push('\n');
      }
    }
  };
  if (root) walk(root);
  return parts
    .join('')
    .split('\n')
    .map(collapseSpaces)
    .filter((line) => line !== '');
}

/**
 * The heading that the <title> repeats (a portal's first <h1> is often its logo), else the <title>
 * without the site name that follows a separator ("标题_中国政府网"), else the first <h1>.
 */
function headline(document: Document): string | undefined {
  const full = collapseSpaces(document.querySelector('title')?.textContent ?? '');
  const headings = [...document.querySelectorAll('h1, h2, h3')].map((h) =>
    collapseSpaces(h.textContent ?? ''),
  );
  const repeated = headings.find((heading) => heading.length >= 4 && full.includes(heading));
  const short = full.split(/\s*[_|｜]\s*|\s+[-–—]\s+/)[0];
  return repeated ?? (short || undefined) ?? headings.find(Boolean);
}

/** A section cut from a page names no title but opens with its heading: a short line, not a sentence. */
function openingHeading(lines: string[]): string | undefined {
  const [first, ...rest] = lines;
  return first !== undefined && rest.length > 0 && titleLike(first) ? first : undefined;
}

/** The body without the title above it, set on one line or broken over several (a long title, centred). */
function withoutTitle(lines: string[], title: string): string[] {
  const squeezed = (text: string) => text.replace(/\s/g, '');
  const whole = squeezed(title);
  let opening = '';
  for (const [index, line] of lines.entries()) {
    opening += squeezed(line);
    if (whole === '' || !whole.startsWith(opening)) break;
    if (opening === whole) return lines.slice(index + 1);
  }
  return lines.filter((line) => line !== title);
}

function absolute(url: string | null | undefined): string | undefined {
  return url && /^https?:\/\//.test(url) ? url : undefined;
}

function isFurniture(text: string): boolean {
  return /^(【[^】]{1,8}】\s*)+$|^(扫一扫|扫描|打印|关闭|分享|责任编辑)/.test(text);
}
