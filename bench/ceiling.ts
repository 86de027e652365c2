// The ceiling the importer is measured against: the rows the importer writes (its own builders,
// graph/import/rows.ts and batch.ts, and its batch size), turned into statement parameters before
// the clock starts and sent by bare `UNWIND $rows … MERGE` statements against the same constraints,
// one transaction per batch with its statements pipelined. Nothing else is in the loop: no check of
// stored hashes, no counters read, no revision, no replacing. Entity aliases are set, not merged
// into the stored list, which only makes the ceiling's work lighter than the importer's.

import neo4j, { type Session } from 'neo4j-driver';
import { ENTITY_TYPES, type EntityType, forEachType, RELATION_ENDS, RELATION_TYPES } from '../core/model.ts';
import { batchRows } from '../graph/import/batch.ts';
import type { ArticleRows } from '../graph/import/rows.ts';

/** One batch, ready to send: each statement with its rows, and how many graph writes they are. */
export interface CeilingBatch {
  articles: number;
  writes: number;
  statements: { cypher: string; rows: object[] }[];
}

/** A batch of article rows as the bare statements' parameters (pure: done before the clock starts). */
export function ceilingBatch(batch: ArticleRows[]): CeilingBatch {
  const rows = batchRows(batch);
  const statements: CeilingBatch['statements'] = [];
  const add = (cypher: string, list: object[]) => {
    if (list.length > 0) statements.push({ cypher, rows: list });
  };
  add(
    MERGE_ISSUES,
    rows.issues.map((i) => ({ key: i.key, props: { ...i.props, name: i.name } })),
  );
  add(MERGE_ARTICLES, rows.articles);
  for (const [type, list] of rows.entities) {
    add(
      MERGE_ENTITY[type],
      list.map((e) => ({ key: e.key, props: { ...e.props, name: e.name, aliases: e.aliases } })),
    );
  }
  for (const [type, list] of rows.mentions) {
    add(
      MERGE_MENTIONS[type],
      list.map(({ article, entity, props, ...lists }) => ({
        article,
        entity,
        props: { ...props, ...lists },
      })),
    );
  }
  for (const [shape, list] of rows.relations) {
    const cypher = MERGE_RELATION.get(shape);
    if (!cypher) throw new Error(`no statement for relation shape ${shape}`);
    add(
      cypher,
      list.map((r) => ({ from: r.from, to: r.to, support: neo4j.int(r.support) })),
    );
  }
  add(MERGE_PART_OF, rows.partOf);
  const writes = statements.reduce((sum, s) => sum + s.rows.length, 0);
  return { articles: batch.length, writes, statements };
}

/** One transaction, every statement sent at once (Bolt keeps their order), as the importer does. */
export async function writeCeilingBatch(session: Session, batch: CeilingBatch): Promise<void> {
  await session.executeWrite((tx) =>
    Promise.all(batch.statements.map(({ cypher, rows }) => tx.run(cypher, { rows }))),
  );
}

const MERGE_ISSUES = 'UNWIND $rows AS row MERGE (i:Issue {key: row.key}) SET i += row.props';

const MERGE_ARTICLES = `UNWIND $rows AS row MERGE (a:Article {key: row.key}) SET a = row.props
WITH a, row MATCH (i:Issue {key: row.issue}) MERGE (a)-[:PUBLISHED_IN]->(i)`;

const MERGE_ENTITY = forEachType(
  ENTITY_TYPES,
  (label) => `UNWIND $rows AS row MERGE (n:${label} {key: row.key}) SET n += row.props`,
);

const MERGE_MENTIONS = forEachType(
  ENTITY_TYPES,
  (label) => `UNWIND $rows AS row
MATCH (a:Article {key: row.article}) MATCH (e:${label} {key: row.entity})
MERGE (a)-[m:MENTIONS]->(e) SET m = row.props`,
);

const mergeRelation = (type: string, from: EntityType, to: EntityType) => `UNWIND $rows AS row
MATCH (a:${from} {key: row.from}) MATCH (b:${to} {key: row.to})
MERGE (a)-[r:${type}]->(b) ON CREATE SET r.support = 0 SET r.support = r.support + row.support`;

// labels and types come from the tuples of core/model.ts, as in graph/import/write.ts
const MERGE_RELATION = new Map<string, string>(
  RELATION_TYPES.flatMap((type) =>
    RELATION_ENDS[type].from.flatMap((from) =>
      RELATION_ENDS[type].to.map((to) => [`${type}:${from}->${to}`, mergeRelation(type, from, to)] as const),
    ),
  ),
);

const MERGE_PART_OF = `UNWIND $rows AS row
MATCH (a:Region {key: row.from}) MATCH (b:Region {key: row.to})
MERGE (a)-[r:PART_OF]->(b) ON CREATE SET r.support = 0 SET r.dataset = true`;
