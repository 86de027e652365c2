// The import pipeline, the one every entry composes (`zhengtu import`, `zhengtu start`, the API's
// importArticles mutation, the benchmarks, the tests): read → extract (importers/) → write (graph/).
// It lives above both layers so that neither knows the other: the writer takes extracted articles
// from whoever hands them over.

import type { Db } from '../graph/driver.ts';
import {
  checkArticles,
  type ImportOptions,
  type ImportSummary,
  importArticles,
} from '../graph/import/index.ts';
import { type ExtractOptions, extractedInputs, type ImportInputs } from './extracted.ts';

export type { ImportInputs } from './extracted.ts';

export interface PipelineOptions extends ImportOptions, ExtractOptions {
  /** Called as each extracted article (or refused input) is handed to the writer, with the count so far. */
  onRead?: (read: number) => void;
}

/** Reads, extracts and writes the inputs in batched transactions. */
export function importInputs(
  db: Db,
  inputs: ImportInputs,
  options: PipelineOptions = {},
): Promise<ImportSummary> {
  return importArticles(db, counted(extractedInputs(inputs, options), options.onRead), options);
}

/** Reads and extracts the inputs and checks every article as the writer would, writing nothing. */
export function checkInputs(inputs: ImportInputs, options: ExtractOptions = {}): Promise<ImportSummary> {
  return checkArticles(extractedInputs(inputs, options));
}

async function* counted<T>(items: AsyncIterable<T>, onRead?: (read: number) => void): AsyncGenerator<T> {
  let read = 0;
  for await (const item of items) {
    read += 1;
    onRead?.(read);
    yield item;
  }
}
