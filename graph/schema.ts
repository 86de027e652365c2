// The database schema: a unique `key` per node type and per import run, the runs indexed by start,
// one CJK full-text index over names, aliases and titles, and the schema version kept in a
// (:ZhengtuMeta {key: 'schema'}) node. ZhengtuMeta is bookkeeping, deliberately outside the
// vocabulary of core/model.ts. Every statement is idempotent.

import { ZhengtuError } from '../core/errors.ts';
import { NODE_TYPES, type NodeType, RUN_LABEL } from '../core/model.ts';
import type { Db } from './driver.ts';
import { restoreLists } from './export/restore.ts';

/**
 * Raise when a statement below or the stored shape changes; `applySchema` records it. Version 2:
 * a relation keeps a `support` count and its evidence lives on the articles' MENTIONS.
 */
export const SCHEMA_VERSION = 2;

/** The full-text index for search: `CALL db.index.fulltext.queryNodes('zhengtu_names', $q)`. */
export const FULLTEXT_INDEX = 'zhengtu_names';

const uniqueKey = (type: NodeType | typeof RUN_LABEL) =>
  `CREATE CONSTRAINT ${type.toLowerCase()}_key IF NOT EXISTS FOR (n:${type}) REQUIRE n.key IS UNIQUE`;

// The cjk analyzer indexes Chinese as overlapping character pairs, so 数据局 matches 国家数据局.
const CREATE_FULLTEXT = `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS
FOR (n:${NODE_TYPES.join('|')}) ON EACH [n.name, n.aliases, n.title]
OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'cjk'}}`;

// The imports view lists runs newest first.
const RUN_STARTED_INDEX = `CREATE RANGE INDEX importrun_started IF NOT EXISTS FOR (r:${RUN_LABEL}) ON (r.startedAt)`;

const AWAIT_INDEXES = 'CALL db.awaitIndexes($seconds)';

const RECORD_VERSION = `MERGE (m:ZhengtuMeta {key: 'schema'})
SET m.version = $version, m.appliedAt = datetime()`;

const READ_VERSION = `MATCH (m:ZhengtuMeta {key: 'schema'}) RETURN m.version AS version`;

/**
 * Creates what is missing, waits until every index is online and records SCHEMA_VERSION. A graph
 * with no version yet may come from an offline load (`zhengtu export`): its empty lists come back.
 */
export async function applySchema(db: Db, options: { awaitSeconds?: number } = {}): Promise<void> {
  const version = await schemaVersion(db);
  if (version === undefined) await restoreLists(db);
  else if (version < SCHEMA_VERSION) await refuseOlderGraph(db, version);
  for (const type of [...NODE_TYPES, RUN_LABEL] as const) await db.write(uniqueKey(type));
  await db.write(RUN_STARTED_INDEX);
  await db.write(CREATE_FULLTEXT);
  await db.write(AWAIT_INDEXES, { seconds: options.awaitSeconds ?? 300 });
  await db.write(RECORD_VERSION, { version: SCHEMA_VERSION });
}

// Version 1 kept each relation's evidence as lists on the relation; there is nothing to convert
// from when the graph holds no relation yet.
const OLDER_RELATIONS = `MATCH ()-[r]->() WHERE r.articles IS NOT NULL RETURN count(*) > 0 AS found LIMIT 1`;

async function refuseOlderGraph(db: Db, version: number): Promise<void> {
  const [row] = await db.read<{ found: boolean }>(OLDER_RELATIONS);
  if (!row?.found) return;
  throw new ZhengtuError(
    'BAD_INPUT',
    `The graph in Neo4j was written by an older Zhengtu (schema ${version}; this one reads schema ${SCHEMA_VERSION}).`,
    {
      hint: 'Empty it and import the articles again: `zhengtu db reset` for the managed database, then `zhengtu import` (or `npm start`).',
    },
  );
}

/** The schema version recorded in the database, or undefined when the schema was never applied. */
export async function schemaVersion(db: Db): Promise<number | undefined> {
  const [row] = await db.read<{ version: number }>(READ_VERSION);
  return row?.version;
}
