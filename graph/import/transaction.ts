// One transaction for a batch of articles: each is classified by its content hash, an unchanged
// article is left alone, a changed one replaces its previous contributions. The whole batch
// commits or none of it does, so every article goes in whole or not at all.

import type { ManagedTransaction } from 'neo4j-driver';
import type { RunKey } from '../../core/model.ts';
import { batchRows } from './batch.ts';
import { emptyCounts, type WriteCounts } from './counts.ts';
import { collectGarbage, removeContributions } from './replace.ts';
import type { ArticleRows } from './rows.ts';
import { bring } from './runs.ts';
import { writeBatch } from './write.ts';

export interface BatchOutcome {
  new: number;
  updated: number;
  unchanged: number;
  counts: WriteCounts;
}

/** With a run, the articles the batch writes are linked to it in the same transaction. */
export async function importBatch(
  tx: ManagedTransaction,
  batch: ArticleRows[],
  run?: RunKey,
): Promise<BatchOutcome> {
  const stored = await storedHashes(tx, batch);
  const changed = batch.filter((rows) => stored.has(rows.key) && stored.get(rows.key) !== rows.hash);
  const fresh = batch.filter((rows) => !stored.has(rows.key));
  const counts = emptyCounts();
  const touched =
    changed.length > 0
      ? await removeContributions(
          tx,
          changed.map((rows) => rows.key),
        )
      : undefined;
  if (changed.length + fresh.length > 0) {
    await writeBatch(tx, batchRows([...fresh, ...changed]), counts);
    await tx.run(NEXT_REVISION);
    if (run)
      await bring(
        tx,
        run,
        [...fresh, ...changed].map((rows) => rows.key),
      );
  }
  if (touched) await collectGarbage(tx, touched, counts);
  return {
    new: fresh.length,
    updated: changed.length,
    unchanged: batch.length - fresh.length - changed.length,
    counts,
  };
}

// The graph's revision, raised by every batch that changes an article: a rewritten text leaves
// every count as it was, and the related-policy text index must still notice (graph/related).
// It lives on the schema's node so that concurrent imports queue on one lock instead of racing
// to create it.
const NEXT_REVISION = `MATCH (m:ZhengtuMeta {key: 'schema'})
SET m.revision = coalesce(m.revision, 0) + 1`;

const STORED_HASHES = `
UNWIND $keys AS k
MATCH (a:Article {key: k})
RETURN a.key AS key, a.hash AS hash`;

async function storedHashes(tx: ManagedTransaction, batch: ArticleRows[]): Promise<Map<string, string>> {
  const result = await tx.run(STORED_HASHES, { keys: batch.map((rows) => rows.key) });
  return new Map(result.records.map((record) => [record.get('key'), record.get('hash')]));
}
