// The sample as the files analysts receive: Markdown rendered to simple HTML, printed to PDF by
// Chromium with a running header and page numbers, as a newsletter's PDF is made (and as .docx).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../harness/chromium.ts';
import { unescapeMarkdown } from '../../importers/sources/markdown.ts';
import { markdownToDocx } from './word.ts';

/** A PDF of a Markdown issue, with a running header (date and title) and a footer (URL and "3/19"). */
export async function printPdf(browser: Browser, markdown: string, header: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(markdownToHtml(markdown));
    return await page.pdf({
      format: 'A4',
      margin: { top: '22mm', bottom: '22mm', left: '20mm', right: '20mm' },
      displayHeaderFooter: true,
      headerTemplate: `<div style="${FURNITURE}">${escapeHtml(header)}</div>`,
      footerTemplate: `<div style="${FURNITURE}">https://www.gidi.org.cn/dsj
        <span class="pageNumber"></span>/<span class="totalPages"></span></div>`,
    });
  } finally {
    await page.close();
  }
}

const FURNITURE = 'font-size:8px;width:100%;text-align:center;font-family:"Noto Sans CJK SC"';

const STYLE = `body { font-family: "Noto Serif CJK SC", serif; font-size: 11pt; line-height: 1.6 }
h1 { font-size: 20pt } h2 { font-size: 16pt } h3 { font-size: 14pt } h4 { font-size: 12.5pt } p, li { margin: 0 0 0.6em } td { padding: 0 2em 0 0; font-size: 8pt; vertical-align: top }`;

/** Headings, list items and paragraphs; emphasis kept as <strong>, links shown as their address. */
export function markdownToHtml(markdown: string): string {
  const blocks = markdown.split(/\n\s*\n/).flatMap((block) => {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) return [];
    const heading = /^(#{1,6})\s+(.*)$/.exec(lines[0] ?? '');
    if (heading) return [`<h${heading[1]?.length}>${inline(heading[2] ?? '')}</h${heading[1]?.length}>`];
    if (lines.some((line) => line.includes('\t'))) return [table(lines)];
    if (lines.every((line) => /^\s*[-*+]\s/.test(line)))
      return [
        `<ul>${lines.map((line) => `<li>${inline(line.replace(/^\s*[-*+]\s+/, ''))}</li>`).join('')}</ul>`,
      ];
    return [`<p>${lines.map(inline).join('<br>')}</p>`];
  });
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>${STYLE}</style><body>${blocks.join('\n')}</body></html>`;
}

/** Lines with tab-separated cells (tables as PDF converters write them) as table rows. */
function table(lines: string[]): string {
  const rows = lines.map(
    (line) =>
      `<tr>${line
        .split('\t')
        .map((cell) => `<td>${inline(cell)}</td>`)
        .join('')}</tr>`,
  );
  return `<table>${rows.join('')}</table>`;
}

function inline(markdown: string): string {
  const parts = markdown.trim().split(/(\[[^\]]*\]\([^)]*\)|\*\*|<\/?su[bp]>)/);
  let bold = false;
  return parts
    .map((part) => {
      const link = /^\[[^\]]*\]\(([^)]*)\)$/.exec(part);
      if (link) return escapeHtml(link[1] ?? '');
      if (part === '**') {
        bold = !bold;
        return bold ? '<strong>' : '</strong>';
      }
      if (/^<\/?su[bp]>$/.test(part)) return part;
      return escapeHtml(unescapeMarkdown(part));
    })
    .join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The sample issue printed to PDF and built as .docx in `dir`, as analysts receive it. */
export async function writeSampleDocuments(dir: string): Promise<{ pdf: string; docx: string }> {
  const markdown = readFileSync(SAMPLE, 'utf8');
  const browser = await launchChromium();
  try {
    const pdf = join(dir, 'dsj-2025-02.pdf');
    const docx = join(dir, 'dsj-2025-02.docx');
    writeFileSync(pdf, await printPdf(browser, markdown, '2025年1月13日 · 大数据发展动态 第2期'));
    writeFileSync(docx, await markdownToDocx(markdown));
    return { pdf, docx };
  } finally {
    await browser.close();
  }
}

export const SAMPLE = 'samples/dsj-2025-02.md';
