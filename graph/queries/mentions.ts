import type { Read } from './read.ts';
import { type ArticleRow, articleProjection, NODE_BY_KEY } from './rows.ts';

export interface EvidenceRow {
  key: string;
  article: ArticleRow;
  sentence: string;
  start: number;
  end: number;
}

// MENTIONS keeps one entry per mention in parallel arrays (graph/import/rows.ts): unfold them, newest first.
// A sentence that names the node twice (国家发展和改革委员会 … 国家发展改革委) is one piece of
// evidence, given once with its first span.
const MENTIONS = `UNWIND $keys AS key
${NODE_BY_KEY}
MATCH (a:Article)-[m:MENTIONS]->(n)
WITH key, a, m ORDER BY a.date DESC, a.key
UNWIND range(0, size(m.sentences) - 1) AS i
WITH key, a, m, i WHERE NOT m.sentences[i] IN m.sentences[..i]
WITH key, {article: ${articleProjection('a')}, sentence: m.sentences[i], start: m.starts[i], end: m.ends[i]} AS evidence
WITH key, collect(evidence)[..$first] AS evidences
UNWIND evidences AS evidence
RETURN key, evidence.article AS article, evidence.sentence AS sentence, evidence.start AS start, evidence.end AS end`;

/** For each node key, the sentences that mention it, at most `first` each. */
export async function mentionsOf(read: Read, keys: readonly string[], first: number): Promise<EvidenceRow[]> {
  return read<EvidenceRow>(MENTIONS, { keys, first });
}
