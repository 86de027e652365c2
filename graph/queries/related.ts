import type { Candidate } from '../related/score.ts';
import type { Read } from './read.ts';

/** Per kind of evidence, at most this many candidates: a hub (中国, 国务院) must not flood the list. */
const PER_BRANCH = 40;

// Each branch yields (candidate, kind, detail); the explicit links come in both directions.
const SIGNALS = `MATCH (p:Policy {key: $key})
CALL (p) {
  MATCH (p)-[r:IMPLEMENTS|AMENDS|BASED_ON]->(q:Policy) RETURN q, type(r) AS kind, q.name AS detail, null AS level LIMIT ${PER_BRANCH}
  UNION
  MATCH (p)<-[r:IMPLEMENTS|AMENDS|BASED_ON]-(q:Policy)
  RETURN q, CASE type(r) WHEN 'IMPLEMENTS' THEN 'IMPLEMENTED_BY' WHEN 'AMENDS' THEN 'AMENDED_BY' ELSE 'BASIS_OF' END AS kind,
    q.name AS detail, null AS level LIMIT ${PER_BRANCH}
  UNION
  MATCH (p)-[:IMPLEMENTS]->(i:Initiative)<-[:IMPLEMENTS]-(q:Policy) RETURN q, 'INITIATIVE' AS kind, i.name AS detail, null AS level LIMIT ${PER_BRANCH}
  UNION
  MATCH (p)-[:ISSUED_BY]->(a:Agency)<-[:ISSUED_BY]-(q:Policy) RETURN q, 'ISSUER' AS kind, a.name AS detail, null AS level LIMIT ${PER_BRANCH}
  UNION
  MATCH (p)-[:APPLIES_TO]->(r:Region)<-[:APPLIES_TO]-(q:Policy) WHERE coalesce(r.level, '') <> 'country' RETURN q, 'REGION' AS kind, r.name AS detail, r.level AS level LIMIT ${PER_BRANCH}
  UNION
  MATCH (p)-[:APPLIES_TO]->(:Region)-[:PART_OF*1..4]->(r:Region)<-[:APPLIES_TO]-(q:Policy) WHERE coalesce(r.level, '') <> 'country'
  RETURN q, 'BROADER_REGION' AS kind, r.name AS detail, r.level AS level LIMIT ${PER_BRANCH}
  UNION
  MATCH (p)-[:APPLIES_TO]->(:Region)<-[:PART_OF*1..4]-(r:Region)<-[:APPLIES_TO]-(q:Policy)
  RETURN q, 'NARROWER_REGION' AS kind, r.name AS detail, r.level AS level LIMIT ${PER_BRANCH}
  UNION
  MATCH (p)-[:SETS_TARGET]->(:Metric)-[:MEASURES]->(s)<-[:MEASURES]-(:Metric)<-[:SETS_TARGET]-(q:Policy)
  RETURN q, 'MEASURE' AS kind, s.name AS detail, null AS level LIMIT ${PER_BRANCH}
}
WITH q, kind, detail, level WHERE q <> p
RETURN q.key AS key, collect({kind: kind, detail: detail, level: level}) AS signals`;

/** The policies linked to policy `key` in the graph, with every structural reason found. */
export async function relatedSignals(read: Read, key: string): Promise<Candidate[]> {
  return read<Candidate>(SIGNALS, { key });
}

// The graph's revision (raised by every import that changes an article, graph/import/transaction.ts)
// and three count-store figures, which also move when a graph is wiped or loaded offline. (Chained
// MATCH … WITH count() is not planned on the count store: it scanned every MENTIONS relationship,
// 278k db hits on 10k articles, once per request.)
const VERSION = `OPTIONAL MATCH (m:ZhengtuMeta {key: 'schema'})
RETURN coalesce(m.revision, 0) AS revision, COUNT { (:Article) } AS articles,
  COUNT { (:Policy) } AS policies, COUNT { ()-[:MENTIONS]->() } AS mentions`;

/** A fingerprint of the graph's text content, to know when a text index must be rebuilt. */
export async function textVersion(read: Read): Promise<string> {
  const [row] = await read<{ revision: number; articles: number; policies: number; mentions: number }>(
    VERSION,
  );
  return row ? `${row.revision}:${row.articles}/${row.policies}/${row.mentions}` : 'empty';
}

export interface PolicyTextRow {
  key: string;
  name: string;
  aliases: string[];
  /** Keys of the articles that mention the policy */
  articles: string[];
  /** The distinct sentences of those articles that mention it */
  sentences: string[];
}

const POLICY_TEXTS = `MATCH (p:Policy)
RETURN p.key AS key, p.name AS name, coalesce(p.aliases, []) AS aliases,
  [(a:Article)-[:MENTIONS]->(p) | a.key] AS articles,
  COLLECT { MATCH (:Article)-[m:MENTIONS]->(p) UNWIND m.sentences AS s RETURN DISTINCT s } AS sentences`;

const ARTICLE_TEXTS = `MATCH (a:Article) RETURN a.key AS key, a.title AS title, coalesce(a.text, '') AS text`;

/** Every policy with the articles and sentences that mention it, and every article's text: the corpus. */
export async function policyCorpus(read: Read) {
  const [policies, articles] = await Promise.all([
    read<PolicyTextRow>(POLICY_TEXTS),
    read<{ key: string; title: string; text: string }>(ARTICLE_TEXTS),
  ]);
  return { policies, articles };
}
