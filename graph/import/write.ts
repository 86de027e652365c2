// The batched writes of one transaction: `UNWIND $rows AS row MERGE …`, label-qualified so the
// uniqueness constraints' indexes are used. Labels and relationship types come only from the
// tuples of core/model.ts, through the static statement maps below; input is always a parameter.

import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import {
  ENTITY_TYPES,
  type EntityType,
  forEachType,
  RELATION_ENDS,
  RELATION_TYPES,
} from '../../core/model.ts';
import type { BatchRows } from './batch.ts';
import { countNodes, countRelations, type WriteCounts } from './counts.ts';
import type { RelationShape } from './rows.ts';

/** Sends every statement at once (Bolt keeps their order) and waits for all of them. */
export async function writeBatch(
  tx: ManagedTransaction,
  rows: BatchRows,
  counts: WriteCounts,
): Promise<void> {
  const sent: Promise<void>[] = [];
  const send = (cypher: string, list: object[], count: (result: QueryResult, written: number) => void) => {
    if (list.length > 0)
      sent.push(tx.run(cypher, { rows: list }).then((result) => count(result, list.length)));
  };
  const nodes = (result: QueryResult, written: number) => countNodes(counts, result, written);
  const relations = (result: QueryResult, written: number) => countRelations(counts, result, written);
  send(MERGE_ISSUES, rows.issues, nodes);
  send(MERGE_ARTICLES, rows.articles, nodes);
  for (const [type, list] of rows.entities) send(MERGE_ENTITY[type], list, nodes);
  for (const [type, list] of rows.mentions) {
    send(MERGE_MENTIONS[type], list, (_, written) => {
      counts.mentionsWritten += written;
    });
  }
  for (const [shape, list] of rows.relations) {
    const statement = MERGE_RELATION.get(shape);
    if (!statement) throw new Error(`no statement for relation shape ${shape}`);
    send(statement, list, relations);
  }
  send(MERGE_DATASET_PART_OF, rows.partOf, relations);
  await Promise.all(sent);
}

const MERGE_ISSUES = `
UNWIND $rows AS row
MERGE (i:Issue {key: row.key})
SET i += row.props, i.name = row.name`;

// `SET a = row.props` replaces every property, so a field the new version dropped is dropped too.
const MERGE_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {key: row.key})
SET a = row.props
WITH a, row
MATCH (i:Issue {key: row.issue})
MERGE (a)-[:PUBLISHED_IN]->(i)`;

// Aliases are kept sorted (each new one inserted in place), so the stored list does not depend
// on the order articles came in. The name is written every time: a figure's is not in its key.
const mergeEntity = (label: EntityType) => `
UNWIND $rows AS row
MERGE (n:${label} {key: row.key})
ON CREATE SET n.aliases = []
SET n.name = row.name,
    n += row.props,
    n.aliases = reduce(sorted = n.aliases, alias IN row.aliases |
      CASE WHEN alias IN sorted THEN sorted
      ELSE [a IN sorted WHERE a < alias] + alias + [a IN sorted WHERE a > alias] END)`;

// A mention also carries the provenance of the relations the article states from this entity
// (m.relationTypes, relationTargets, relationSentences, relationStarts, relationEnds: parallel,
// one entry per evidence). It is written once per article, so its cost does not grow with the corpus.
const mergeMentions = (label: EntityType) => `
UNWIND $rows AS row
MATCH (a:Article {key: row.article})
MATCH (e:${label} {key: row.entity})
MERGE (a)-[m:MENTIONS]->(e)
SET m = row.props, m.sentences = row.sentences, m.starts = row.starts, m.ends = row.ends, m.aliases = row.aliases,
    m.relationTypes = row.relationTypes, m.relationTargets = row.relationTargets,
    m.relationSentences = row.relationSentences, m.relationStarts = row.relationStarts,
    m.relationEnds = row.relationEnds`;

// A relation keeps only its support: the number of evidence entries over all articles (the entries
// themselves are on the articles' mentions). Adding to a count rewrites no list, so each write is
// O(new evidence) however many articles already state the relation.
const mergeRelation = (type: string, from: EntityType, to: EntityType) => `
UNWIND $rows AS row
MATCH (a:${from} {key: row.from})
MATCH (b:${to} {key: row.to})
MERGE (a)-[r:${type}]->(b)
ON CREATE SET r.support = 0
SET r.support = r.support + toInteger(row.support)`;

// PART_OF links the gazetteer supplies: supported by the dataset, so they need no article (support 0).
const MERGE_DATASET_PART_OF = `
UNWIND $rows AS row
MATCH (a:Region {key: row.from})
MATCH (b:Region {key: row.to})
MERGE (a)-[r:PART_OF]->(b)
ON CREATE SET r.support = 0
SET r.dataset = true`;

const MERGE_ENTITY = forEachType(ENTITY_TYPES, mergeEntity);
const MERGE_MENTIONS = forEachType(ENTITY_TYPES, mergeMentions);
const MERGE_RELATION = new Map<RelationShape, string>(
  RELATION_TYPES.flatMap((type) =>
    RELATION_ENDS[type].from.flatMap((from) =>
      RELATION_ENDS[type].to.map(
        (to) => [`${type}:${from}->${to}` as const, mergeRelation(type, from, to)] as const,
      ),
    ),
  ),
);
