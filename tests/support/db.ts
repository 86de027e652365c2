// How test files reach the Neo4j that tests/setup/neo4j.ts started (or NEO4J_URI).
//
// Isolation: Community Neo4j has a single user database, so vitest runs test files one at a time
// (`fileParallelism: false` in vitest.config.ts) and a suite that needs a known graph starts from
// an empty one: `beforeAll(() => wipe(db))`, then loads what it needs. The schema (constraints,
// full-text index, ZhengtuMeta) survives a wipe. Never assume data left by another file.
import { inject } from 'vitest';
import type { ConnectionInfo } from '../../graph/config.ts';
import { type Db, openDb } from '../../graph/driver.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test server, provided by the global setup. */
    neo4j: ConnectionInfo;
  }
}

/** A connection to the test server; close it in `afterAll`. */
export function testDb(): Promise<Db> {
  return openDb(inject('neo4j'));
}

const WIPE = 'MATCH (n) WHERE NOT n:ZhengtuMeta DETACH DELETE n';

/** Deletes every node and relationship except the schema's bookkeeping. */
export async function wipe(db: Db): Promise<void> {
  await db.write(WIPE);
}
