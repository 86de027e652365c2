// The record of an import run. The run is opened in a transaction of its own before the first
// batch; each batch links the articles it brought (new or changed) to the run in the batch's own
// transaction, so an article is in the graph exactly when its BROUGHT link is, and a batch that
// fails leaves neither; the run is closed with its counts and refusals in a last transaction of
// its own. A run the database stopped answering during keeps what it had committed and no end:
// it reads as interrupted.

import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { BROUGHT, type ImportRun, type Refusal, RUN_LABEL, type RunKey } from '../../core/model.ts';
import type { Db } from '../driver.ts';

/** What the entry was asked to do. */
export interface RunStart {
  command: string;
  inputs: string[];
}

/** What the run did, as the import's summary counts it. */
export type RunOutcome = Pick<
  ImportRun,
  'files' | 'new' | 'updated' | 'unchanged' | 'failed' | 'nodesCreated' | 'relationsCreated'
> & { failures: Refusal[] };

// Lists are written only when they hold something: neo4j-admin cannot carry an empty list
// (graph/export), and the readers take a missing list as empty.
const OPEN_RUN = `
CREATE (r:${RUN_LABEL} {key: $key, command: $command, startedAt: $startedAt})
SET r.inputs = CASE WHEN size($inputs) > 0 THEN $inputs END`;

export async function openRun(db: Db, start: RunStart): Promise<RunKey> {
  const key: RunKey = `${RUN_LABEL}:${randomUUID()}`;
  await db.write(OPEN_RUN, { key, ...start, startedAt: new Date().toISOString() });
  return key;
}

// A refusal is kept as its JSON text: a property cannot hold a map, and a list of strings that
// are never empty survives the CSV of an export as it is.
const CLOSE_RUN = `
MATCH (r:${RUN_LABEL} {key: $key})
SET r += $counts, r.endedAt = $endedAt, r.error = $error,
    r.refused = CASE WHEN size($refused) > 0 THEN $refused END`;

/** Writes the run's end, counts and refusals; `error` says why a run stopped short. */
export async function closeRun(db: Db, key: RunKey, outcome: RunOutcome, error?: string): Promise<void> {
  const { files, new: fresh, updated, unchanged, failed, nodesCreated, relationsCreated } = outcome;
  await db.write(CLOSE_RUN, {
    key,
    counts: { files, new: fresh, updated, unchanged, failed, nodesCreated, relationsCreated },
    endedAt: new Date().toISOString(),
    error: error ?? null,
    refused: outcome.failures.map((failure) => JSON.stringify(failure)),
  });
}

const BRING = `
MATCH (r:${RUN_LABEL} {key: $run})
UNWIND $keys AS k
MATCH (a:Article {key: k})
MERGE (r)-[:${BROUGHT}]->(a)`;

/** Links the articles a batch wrote to the run, inside the batch's transaction. */
export async function bring(tx: ManagedTransaction, run: RunKey, keys: string[]): Promise<void> {
  if (keys.length > 0) await tx.run(BRING, { run, keys });
}
