// One relation and the sentences that state it. Since schema 2 a relation keeps only a count of
// its evidence; each evidence entry lives on the stating article's MENTIONS of the relation's source,
// in the parallel lists relationTypes / relationTargets / relationSentences / relationStarts /
// relationEnds (graph/import/rows.ts).
import { forEachType, RELATION_TYPES, type RelationType } from '../../core/model.ts';
import type { EvidenceRow } from './mentions.ts';
import type { Read } from './read.ts';
import { articleProjection, type EdgeRow, edgeProjection, NODE_BY_KEY } from './rows.ts';

/** A relation by its ends (node keys) and type. */
export interface RelationEnds {
  source: string;
  type: RelationType;
  target: string;
}

const BETWEEN = forEachType(
  RELATION_TYPES,
  (type) => `WITH $source AS key
${NODE_BY_KEY}
MATCH (n)-[r:${type}]->(m {key: $target})
RETURN ${edgeProjection('r')} AS edge`,
);

/** The relation of `type` from `source` to `target`, or null when the graph has none. */
export async function relationBetween(read: Read, ends: RelationEnds): Promise<EdgeRow | null> {
  const rows = await read<{ edge: EdgeRow }>(BETWEEN[ends.type], {
    source: ends.source,
    target: ends.target,
  });
  return rows[0]?.edge ?? null;
}

/** The batch key of a relation: its ends and type, as JSON. */
export function relationKey(ends: RelationEnds): string {
  return JSON.stringify([ends.source, ends.type, ends.target]);
}

const EVIDENCE = `UNWIND $relations AS relation
WITH relation, relation.source AS key
${NODE_BY_KEY}
MATCH (a:Article)-[m:MENTIONS]->(n)
WHERE relation.type IN m.relationTypes
UNWIND range(0, size(m.relationTypes) - 1) AS i
WITH relation, a, m, i
WHERE m.relationTypes[i] = relation.type AND m.relationTargets[i] = relation.target
WITH relation, a, m, i ORDER BY a.date DESC, a.key, m.relationStarts[i]
WITH relation, collect({article: ${articleProjection('a')}, sentence: m.relationSentences[i], start: m.relationStarts[i], end: m.relationEnds[i]})[..$first] AS evidences
UNWIND evidences AS evidence
RETURN relation.key AS key, evidence.article AS article, evidence.sentence AS sentence, evidence.start AS start, evidence.end AS end`;

/** For each relation, the sentences that state it, newest first, at most `first` each; keyed by `relationKey`. */
export async function relationEvidence(
  read: Read,
  relations: readonly RelationEnds[],
  first: number,
): Promise<EvidenceRow[]> {
  const rows = relations.map((ends) => ({ ...ends, key: relationKey(ends) }));
  return read<EvidenceRow>(EVIDENCE, { relations: rows, first });
}
