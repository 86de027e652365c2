// The sample newsletter, imported the way `zhengtu import` does: read → extract → write.
import { resolve } from 'node:path';
import type { Db } from '../../graph/driver.ts';
import { type ImportItem, importArticles } from '../../graph/import/index.ts';
import { gazetteerChain } from '../../graph/import/regions.ts';
import { extractArticle } from '../../importers/extract/index.ts';
import { readInputs } from '../../importers/read.ts';

export const SAMPLE = resolve(import.meta.dirname, '../../samples/dsj-2025-02.md');

export async function importSample(db: Db): Promise<void> {
  const summary = await importArticles(db, sampleArticles(), { chain: gazetteerChain });
  if (summary.failed > 0) throw new Error(`sample import failed: ${JSON.stringify(summary.failures)}`);
}

async function* sampleArticles(): AsyncGenerator<ImportItem> {
  for await (const result of readInputs([SAMPLE])) {
    if ('error' in result) throw result.error;
    for (const article of result.articles) yield { article: extractArticle(article) };
  }
}
