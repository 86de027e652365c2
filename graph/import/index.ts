// Streams extracted articles into Neo4j in batched transactions. Reading and extracting the next
// batch overlaps with writing the previous one; at most two batches are held in memory.

import { Neo4jError, type Session } from 'neo4j-driver';
import { ZhengtuError } from '../../core/errors.ts';
import type { ExtractedArticle, Refusal, RunKey } from '../../core/model.ts';
import type { Db } from '../driver.ts';
import { addCounts, emptyCounts, type WriteCounts } from './counts.ts';
import { type ArticleRows, articleRows } from './rows.ts';
import { type BatchOutcome, importBatch } from './transaction.ts';

/** An input that could not be read or extracted, named with the reason. */
export type ImportFailure = Refusal;
export type ImportItem = { article: ExtractedArticle } | { failure: ImportFailure };

export interface ImportOptions {
  batchSize?: number;
  /** The run the written articles are linked to (graph/import/runs.ts) */
  run?: RunKey;
  onBatch?: (summary: ImportSummary) => void;
}

export interface ImportSummary extends WriteCounts {
  /** Files (or API calls) the articles and refusals came from */
  files: number;
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  failures: ImportFailure[];
  seconds: number;
  /** The run that recorded the import, when one did */
  run?: RunKey;
}

export const DEFAULT_BATCH_SIZE = 200;

export async function importArticles(
  db: Db,
  items: AsyncIterable<ImportItem> | Iterable<ImportItem>,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const summary = emptySummary();
  const session = db.session();
  const limit = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let pending: ArticleRows[] = [];
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const batch = pending;
    pending = [];
    await writing;
    writing = writeWhole(session, batch, summary, options.run).then(() => {
      summary.seconds = (performance.now() - started) / 1000;
      options.onBatch?.(summary);
    });
    // a failure surfaces at the next flush; until then reading goes on without an unhandled rejection
    writing.catch(() => undefined);
  };
  const files = new Set<string>();
  try {
    for await (const item of items) {
      files.add(fileOf(item));
      summary.files = files.size;
      const rows = 'failure' in item ? fail(summary, item.failure) : toRows(item.article, summary);
      if (!rows) continue;
      if (pending.some((other) => other.key === rows.key)) await flush();
      pending.push(rows);
      if (pending.length >= limit) await flush();
    }
    await flush();
    await writing;
  } finally {
    await writing.catch(() => undefined);
    await session.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** Everything an import checks before writing, without a database: bad articles are named. */
export async function checkArticles(
  items: AsyncIterable<ImportItem> | Iterable<ImportItem>,
): Promise<ImportSummary> {
  const started = performance.now();
  const summary = emptySummary();
  const files = new Set<string>();
  for await (const item of items) {
    files.add(fileOf(item));
    summary.files = files.size;
    const rows = 'failure' in item ? fail(summary, item.failure) : toRows(item.article, summary);
    if (rows) summary.new += 1;
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

function fileOf(item: ImportItem): string {
  return 'failure' in item ? item.failure.file : item.article.file;
}

export function emptySummary(): ImportSummary {
  return {
    files: 0,
    new: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    failures: [],
    seconds: 0,
    ...emptyCounts(),
  };
}

/**
 * Writes a batch in one transaction. When the database refuses it for a reason that is not
 * transient, the articles are retried one by one so only the article at fault is reported.
 */
async function writeWhole(
  session: Session,
  batch: ArticleRows[],
  summary: ImportSummary,
  run?: RunKey,
): Promise<void> {
  if (batch.length === 0) return;
  try {
    record(summary, await session.executeWrite((tx) => importBatch(tx, batch, run)));
  } catch (error) {
    if (isConnectionLoss(error)) throw unreachable(error, summary);
    if (batch.length === 1) {
      const [rows] = batch;
      fail(summary, { file: String(rows?.props.file ?? ''), article: rows?.key, reason: String(error) });
      return;
    }
    for (const rows of batch) await writeWhole(session, [rows], summary, run);
  }
}

function record(summary: ImportSummary, outcome: BatchOutcome): void {
  summary.new += outcome.new;
  summary.updated += outcome.updated;
  summary.unchanged += outcome.unchanged;
  addCounts(summary, outcome.counts);
}

function toRows(article: ExtractedArticle, summary: ImportSummary): ArticleRows | undefined {
  try {
    return articleRows(article);
  } catch (error) {
    if (!(error instanceof ZhengtuError)) throw error;
    return fail(summary, { file: article.file, article: article.key, reason: error.message });
  }
}

function fail(summary: ImportSummary, failure: ImportFailure): undefined {
  summary.failed += 1;
  summary.failures.push(failure);
  return undefined;
}

/** Still transient after the driver's own retries: the database is gone, not the batch at fault. */
function isConnectionLoss(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (error.retriable || ['ServiceUnavailable', 'SessionExpired'].includes(error.code))
  );
}

function unreachable(error: unknown, summary: ImportSummary): ZhengtuError {
  const written = summary.new + summary.updated + summary.unchanged;
  return new ZhengtuError(
    'UNREACHABLE',
    `Neo4j stopped answering during the import, after ${written} articles were committed.`,
    {
      hint: 'Start the database again and re-run the same import: committed articles are skipped as unchanged, the rest go in.',
      cause: error,
    },
  );
}
