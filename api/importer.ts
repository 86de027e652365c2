// The importArticles mutation's pipeline, the one `zhengtu import` uses: extract, then write in
// batches. It needs a writing connection, so `zhengtu serve` passes one in; tests pass their own.

import type { Article } from '../core/model.ts';
import type { Db } from '../graph/driver.ts';
import { type ImportSummary, importArticles } from '../graph/import/index.ts';
import { gazetteerChain } from '../graph/import/regions.ts';
import { extractArticle } from '../importers/extract/index.ts';

export type Importer = (articles: Article[]) => Promise<ImportSummary>;

export function importer(db: Db): Importer {
  return (articles) =>
    importArticles(
      db,
      articles.map((article) => ({ article: extractArticle(article) })),
      { chain: gazetteerChain },
    );
}
