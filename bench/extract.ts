// Extraction throughput: characters per second over corpora of growing size built from the sample
// issue's articles, after a warm-up. The baseline in the same run is jieba's tagging of the same
// text, the floor any segmenting extractor pays; the ratio and the flat chars/s across sizes show
// that extraction stays linear in its input.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article } from '../core/model.ts';
import { tokenize } from '../core/segment.ts';
import { extractAll } from '../importers/extract/index.ts';
import { readBytes } from '../importers/read.ts';

const SAMPLE = resolve(import.meta.dirname, '..', 'samples', 'dsj-2025-02.md');
const COPIES = [1, 4, 16];

const sample = readBytes(readFileSync(SAMPLE), SAMPLE).articles;

/** `copies` copies of the sample's articles, each copy with its own titles so nothing merges away. */
function corpus(copies: number): Article[] {
  return Array.from({ length: copies }, (_, i) =>
    sample.map((a) => ({ ...a, title: `${a.title}（${i}）` })),
  ).flat();
}

function seconds(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

extractAll(corpus(1));
console.log(
  '| articles | characters | extraction chars/s | jieba tagging chars/s | extraction / tagging time |',
);
console.log('|---:|---:|---:|---:|---:|');
for (const copies of COPIES) {
  const articles = corpus(copies);
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  const extraction = seconds(() => extractAll(articles));
  const tagging = seconds(() => {
    for (const a of articles) tokenize(a.text);
  });
  const rate = (s: number) => Math.round(chars / s).toLocaleString('en');
  console.log(
    `| ${articles.length} | ${chars.toLocaleString('en')} | ${rate(extraction)} | ${rate(tagging)} | ${(extraction / tagging).toFixed(1)}× |`,
  );
}
