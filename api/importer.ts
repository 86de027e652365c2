// The importArticles mutation's pipeline, the one `zhengtu import` uses: the articles of one call
// are extracted together, as the articles of one file are, then written in batches. It needs a
// writing connection, so `zhengtu serve` passes one in; tests pass their own.

import type { Article } from '../core/model.ts';
import type { Db } from '../graph/driver.ts';
import type { ImportSummary } from '../graph/import/index.ts';
import { importInputs } from '../pipeline/index.ts';

export type Importer = (articles: Article[]) => Promise<ImportSummary>;

export function importer(db: Db): Importer {
  return (articles) => importInputs(db, { articles }, { command: 'importArticles' });
}
