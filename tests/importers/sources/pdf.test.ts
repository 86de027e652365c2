// The sample issue printed to PDF by Chromium (CJK fonts, a running header with date and title, a
// footer with a URL and "3/20") reads as the same articles, with the same extraction, as its Markdown.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../core/model.ts';
import { readBytes, readDocument } from '../../../importers/read.ts';
import { SAMPLE, writeSampleDocuments } from '../../support/print.ts';
import { type Score, scoreExtraction } from '../extract/scoring.ts';

const gold = JSON.parse(readFileSync('tests/fixtures/dsj-2025-02.gold.json', 'utf8'));
const fromMarkdown = readBytes(readFileSync(SAMPLE), SAMPLE).articles;

let pdf: string;
let fromPdf: Article[];
beforeAll(async () => {
  ({ pdf } = await writeSampleDocuments(mkdtempSync(join(tmpdir(), 'zhengtu-pdf-'))));
  fromPdf = (await readDocument(readFileSync(pdf), pdf)).articles;
}, 60_000);

describe('a newsletter issue as PDF', () => {
  it('splits into the Markdown issue’s articles, with their titles, sections, sources, urls and dates', () => {
    const fields = ({ title, section, source, url, date, issue }: Article) => ({
      title,
      section,
      source,
      url,
      date,
      issue,
    });
    expect(fromPdf.map(fields)).toEqual(fromMarkdown.map(fields));
  });

  // A table's cells wrap inside their columns in print, so characters are compared as counts.
  it('gives each article the Markdown’s characters, save white space', () => {
    const differences = fromPdf.map((article, i) => difference(article.text, fromMarkdown[i]?.text ?? ''));
    expect(differences.filter((diff) => diff !== '')).toEqual([]);
  });

  it('extracts what the Markdown gives, scored against the sample’s gold annotation', async () => {
    const [markdown, printed] = [await scoreExtraction([SAMPLE], gold), await scoreExtraction([pdf], gold)];
    const f1 = (score: Score) => [
      score.overall.entities.f1,
      score.overall.relations.f1,
      score.overall.titles.f1,
    ];
    expect(f1(printed)).toEqual(f1(markdown));
  });

  it('mends radicals, and leaves out the running header, the footer and the page numbers', () => {
    for (const { title, text } of fromPdf) {
      expect(title + text).not.toMatch(/[\u2E80-\u2FDF\u2015]/u);
      expect(title + text).not.toMatch(/gidi\.org\.cn\/dsj|大数据发展动态 第2期|\d+\/20/);
    }
  });
});

/** Characters one text has more of (+) and fewer of (-) than the other, white space aside. */
function difference(text: string, other: string): string {
  const counts = new Map<string, number>();
  for (const char of text.replace(/\s+/g, '')) counts.set(char, (counts.get(char) ?? 0) + 1);
  for (const char of other.replace(/\s+/g, '')) counts.set(char, (counts.get(char) ?? 0) - 1);
  const entries = [...counts].filter(([, count]) => count !== 0).sort((x, y) => y[1] - x[1]);
  return entries.map(([char, count]) => `${count > 0 ? '+' : '-'}${char.repeat(Math.abs(count))}`).join('');
}
