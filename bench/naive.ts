// The naive baseline the batched importer is measured against: the same rows, written with one
// auto-commit MERGE per node and one per relation (no batching, no explicit transaction).

import { ENTITY_TYPES, type ExtractedArticle, forEachType } from '../core/model.ts';
import type { Db } from '../graph/driver.ts';
import { articleRows } from '../graph/import/rows.ts';

export async function naiveImport(db: Db, articles: Iterable<ExtractedArticle>) {
  const session = db.session();
  let writes = 0;
  const run = async (cypher: string, params: object) => {
    await session.run(cypher, params as Record<string, unknown>);
    writes++;
  };
  try {
    for (const article of articles) {
      const rows = articleRows(article);
      await run('MERGE (a:Article {key: $key}) SET a = $props', rows);
      for (const [type, list] of rows.entities) {
        for (const row of list) await run(MERGE_NODE[type], row);
      }
      for (const [type, list] of rows.mentions) {
        for (const row of list) await run(MERGE_MENTION[type], row);
      }
      for (const link of rows.partOf) await run(MERGE_PART_OF, link);
      for (const [shape, list] of rows.relations) {
        const [type = '', ends = ''] = shape.split(':');
        const [from = '', to = ''] = ends.split('->');
        for (const row of list) await run(mergeRelation(type, from, to), row);
      }
    }
  } finally {
    await session.close();
  }
  return { writes };
}

const MERGE_NODE = forEachType(
  ENTITY_TYPES,
  (label) => `MERGE (n:${label} {key: $key}) SET n.name = $name, n += $props`,
);
const MERGE_MENTION = forEachType(
  ENTITY_TYPES,
  (label) => `MATCH (a:Article {key: $article}) MATCH (e:${label} {key: $entity})
   MERGE (a)-[m:MENTIONS]->(e) SET m.sentences = $sentences, m.starts = $starts, m.ends = $ends,
     m.relationTypes = $relationTypes, m.relationTargets = $relationTargets,
     m.relationSentences = $relationSentences, m.relationStarts = $relationStarts, m.relationEnds = $relationEnds`,
);
const MERGE_PART_OF = `MATCH (a:Region {key: $from}) MATCH (b:Region {key: $to})
MERGE (a)-[r:PART_OF]->(b) ON CREATE SET r.support = 0 SET r.dataset = true`;
// type and labels come from RelationShape keys, which are built from core/model.ts tuples
const mergeRelation = (type: string, from: string, to: string) => `
MATCH (a:${from} {key: $from}) MATCH (b:${to} {key: $to})
MERGE (a)-[r:${type}]->(b)
SET r.support = coalesce(r.support, 0) + toInteger($support)`;
