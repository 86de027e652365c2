// Word documents (.docx, as Word and WPS save them) through mammoth, which maps paragraph styles
// to HTML: headings come from the Heading/标题 styles, not from how the text looks. The HTML becomes
// Markdown for the text readers; links keep their targets (原文链接 is read from them).

import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { ZhengtuError } from '../../core/errors.ts';
import { escapeBlockMarker } from './markdown.ts';

/** The text of a .docx as Markdown; BAD_INPUT when mammoth cannot open it. */
export async function docxToMarkdown(bytes: Uint8Array, file: string): Promise<string> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    throw new ZhengtuError(
      'BAD_INPUT',
      `cannot read ${file}: it is not a readable Word document (${(error as Error).message})`,
      {
        hint: 'open it in Word or WPS and save it again as .docx, or save it as PDF',
        cause: error,
      },
    );
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blocks(document.body).join('\n\n');
}

/** Title styles and the Chinese names WPS gives the heading styles, beside mammoth's defaults. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='标题'] => h1:fresh",
  ...[1, 2, 3, 4, 5, 6].map((level) => `p[style-name='标题 ${level}'] => h${level}:fresh`),
];

function blocks(parent: Element): string[] {
  return [...parent.children].flatMap((element) => {
    const tag = element.tagName.toLowerCase();
    const heading = /^h([1-6])$/.exec(tag)?.[1];
    if (heading) return [`${'#'.repeat(Number(heading))} ${inline(element).replace(/\n/g, ' ')}`];
    if (tag === 'ul' || tag === 'ol') return items(element);
    if (tag === 'table') return [rows(element)];
    if (tag === 'p') return inline(element) === '' ? [] : [inline(element)];
    return blocks(element);
  });
}

function items(list: Element): string[] {
  return [...list.children].flatMap((item) => {
    const nested = [...item.children].filter((child) => /^(ul|ol)$/i.test(child.tagName));
    for (const child of nested) child.remove();
    return [`- ${inline(item)}`, ...nested.flatMap(items)];
  });
}

/** A table as tab-separated lines, the way the Markdown readers take tables converted from PDF. */
function rows(table: Element): string {
  return [...table.querySelectorAll('tr')]
    .map((row) => [...row.children].map((cell) => inline(cell).replace(/\n/g, ' ')).join('\t'))
    .join('\n');
}

/** An element's text, line breaks kept, links written as Markdown links so their targets survive. */
function inline(element: Element): string {
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType !== 1) continue;
    else if ((node as Element).tagName === 'BR') text += '\n';
    else if ((node as Element).tagName === 'P') text += `\n${inline(node as Element)}\n`;
    else if (
      (node as Element).tagName === 'A' &&
      /^https?:/.test((node as Element).getAttribute('href') ?? '')
    )
      text += `[${inline(node as Element)}](${(node as Element).getAttribute('href')})`;
    else text += inline(node as Element);
  }
  return text
    .replace(/^[ \t]+|[ \t]+$/gm, '')
    .replace(/\n{2,}/g, '\n')
    .trim()
    .split('\n')
    .map(escapeBlockMarker)
    .join('\n');
}
