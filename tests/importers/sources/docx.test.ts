// The sample issue as a Word document reads as the same articles, with the same extraction, as its
// Markdown; headings are known by their Word styles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBytes, readDocument } from '../../../importers/read.ts';
import { docxToMarkdown } from '../../../importers/sources/docx.ts';
import { SAMPLE } from '../../support/print.ts';
import { markdownToDocx } from '../../support/word.ts';

const markdown = readFileSync(SAMPLE, 'utf8');
const fromMarkdown = readBytes(readFileSync(SAMPLE), SAMPLE).articles;

describe('a newsletter issue as .docx', () => {
  it('splits into the Markdown issue’s articles, text included', async () => {
    const docx = await markdownToDocx(markdown);
    const { kind, articles } = await readDocument(docx, 'dsj-2025-02.docx');
    expect(kind).toBe('newsletter');
    expect(articles).toEqual(fromMarkdown.map((article) => ({ ...article, file: 'dsj-2025-02.docx' })));
  });

  it('takes headings from the Heading styles, not from text that looks like a Markdown heading', async () => {
    const docx = await markdownToDocx('## 数据工作会议召开\n\n\\# 一段以井号开头的正文。');
    expect(await docxToMarkdown(docx, 'a.docx')).toBe('## 数据工作会议召开\n\n\\# 一段以井号开头的正文。');
  });

  it('refuses a file named .docx that is not one, naming it', async () => {
    await expect(readDocument(new TextEncoder().encode('PK\x03\x04 broken'), '通知.docx')).rejects.toThrow(
      /cannot read 通知\.docx: it is not a readable Word document/,
    );
  });
});
