// The import pipeline, the one every entry composes (`zhengtu import`, `zhengtu start`, the API's
// importArticles mutation, the benchmarks, the tests): read → extract (importers/) → write (graph/).
// It lives above both layers so that neither knows the other: the writer takes extracted articles
// from whoever hands them over.

import { isZhengtuError } from '../core/errors.ts';
import type { Db } from '../graph/driver.ts';
import {
  checkArticles,
  emptySummary,
  type ImportOptions,
  type ImportSummary,
  importArticles,
} from '../graph/import/index.ts';
import { closeRun, openRun } from '../graph/import/runs.ts';
import { type ExtractOptions, extractedInputs, type ImportInputs } from './extracted.ts';

export type { ImportInputs } from './extracted.ts';

export interface PipelineOptions extends Omit<ImportOptions, 'run'>, ExtractOptions {
  /** Called as each extracted article (or refused input) is handed to the writer, with the count so far. */
  onRead?: (read: number) => void;
  /** The entry, as the run record names it (default `zhengtu import`) */
  command?: string;
}

/**
 * Reads, extracts and writes the inputs in batched transactions, recorded as an ImportRun
 * (graph/import/runs.ts). When the import fails for another reason than Neo4j going away, the
 * run is closed with the error and the counts of the batches that were committed.
 */
export async function importInputs(
  db: Db,
  inputs: ImportInputs,
  options: PipelineOptions = {},
): Promise<ImportSummary> {
  const run = await openRun(db, {
    command: options.command ?? 'zhengtu import',
    inputs: 'paths' in inputs ? inputs.paths : [],
  });
  let committed: ImportSummary | undefined;
  const onBatch = (summary: ImportSummary) => {
    committed = summary;
    options.onBatch?.(summary);
  };
  try {
    const items = counted(extractedInputs(inputs, options), options.onRead);
    const summary = await importArticles(db, items, { ...options, run, onBatch });
    await closeRun(db, run, summary);
    return { ...summary, run };
  } catch (error) {
    // Neo4j gone: the run stays without an end, which reads as interrupted.
    if (isZhengtuError(error, 'UNREACHABLE')) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    await closeRun(db, run, committed ?? emptySummary(), reason).catch(() => undefined);
    throw error;
  }
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
