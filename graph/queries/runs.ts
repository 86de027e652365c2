// The import runs (graph/import/runs.ts writes them): newest first, by key, by the articles they
// brought, and the graph those articles state, for the explorer's imports view.
import { BROUGHT, type ImportRun, RELATION_TYPES, type Refusal, RUN_LABEL } from '../../core/model.ts';
import type { Subgraph } from './neighborhood.ts';
import type { Read } from './read.ts';
import {
  type ArticleRow,
  articleProjection,
  edgeProjection,
  graphNodeProjection,
  NODE_BY_KEY,
} from './rows.ts';

// A run leaves out a list it has nothing for, and keeps each refusal as JSON (graph/import/runs.ts).
const RUN = (r: string) => `${r} {
  .key, .command, .startedAt, .endedAt, .error,
  inputs: coalesce(${r}.inputs, []), refused: coalesce(${r}.refused, []),
  files: coalesce(${r}.files, 0), new: coalesce(${r}.new, 0), updated: coalesce(${r}.updated, 0),
  unchanged: coalesce(${r}.unchanged, 0), failed: coalesce(${r}.failed, 0),
  nodesCreated: coalesce(${r}.nodesCreated, 0), relationsCreated: coalesce(${r}.relationsCreated, 0)
}`;

type StoredRun = Omit<ImportRun, 'refused'> & { refused: string[] };

function run(stored: StoredRun): ImportRun {
  return { ...stored, refused: stored.refused.map((text) => JSON.parse(text) as Refusal) };
}

const RUNS_PAGE = `MATCH (r:${RUN_LABEL})
RETURN ${RUN('r')} AS run
ORDER BY r.startedAt DESC, r.key DESC
SKIP $offset LIMIT $limit`;

/** One page of runs, newest first. */
export async function importRuns(read: Read, offset: number, limit: number): Promise<ImportRun[]> {
  return (await read<{ run: StoredRun }>(RUNS_PAGE, { offset, limit })).map((row) => run(row.run));
}

const RUNS_BY_KEYS = `UNWIND $keys AS key
MATCH (r:${RUN_LABEL} {key: key})
RETURN ${RUN('r')} AS run`;

export async function importRunsByKeys(read: Read, keys: readonly string[]): Promise<ImportRun[]> {
  return (await read<{ run: StoredRun }>(RUNS_BY_KEYS, { keys })).map((row) => run(row.run));
}

const RUNS_OF_ARTICLES = `UNWIND $keys AS key
MATCH (:Article {key: key})<-[:${BROUGHT}]-(r:${RUN_LABEL})
RETURN key, ${RUN('r')} AS run
ORDER BY r.startedAt DESC`;

/** The runs that brought each article, newest first. */
export async function runsOfArticles(read: Read, articleKeys: readonly string[]) {
  const rows = await read<{ key: string; run: StoredRun }>(RUNS_OF_ARTICLES, { keys: articleKeys });
  return rows.map((row) => ({ key: row.key, run: run(row.run) }));
}

const ARTICLES_OF_RUNS = `UNWIND $keys AS key
MATCH (:${RUN_LABEL} {key: key})-[:${BROUGHT}]->(a:Article)
WITH key, a ORDER BY a.date DESC, a.key
WITH key, collect(${articleProjection('a')}) AS articles
RETURN key, articles[$offset..$offset + $limit] AS articles`;

/** A page of the articles each run brought, newest first. */
export async function articlesOfRuns(read: Read, runKeys: readonly string[], offset: number, limit: number) {
  return read<{ key: string; articles: ArticleRow[] }>(ARTICLES_OF_RUNS, { keys: runKeys, offset, limit });
}

// The entities the run's articles mention, most mentioned first, and the extracted relations
// among them: what the run brought, as the canvas draws it.
const RUN_NODES = `MATCH (:${RUN_LABEL} {key: $key})-[:${BROUGHT}]->(:Article)-[:MENTIONS]->(n)
WITH n, count(*) AS mentions ORDER BY mentions DESC, n.key
LIMIT $limit
RETURN ${graphNodeProjection('n')} AS node`;

const RUN_EDGES = `UNWIND $keys AS key
${NODE_BY_KEY}
MATCH (n)-[r:${RELATION_TYPES.join('|')}]->(b)
WHERE b.key IN $keys
RETURN ${edgeProjection('r')} AS edge`;

/** The graph a run's articles state, at most `limit` nodes (truncated says when there were more). */
export async function runGraph(read: Read, key: string, limit: number): Promise<Subgraph> {
  const found = await read<{ node: Subgraph['nodes'][number] }>(RUN_NODES, { key, limit: limit + 1 });
  const nodes = found.slice(0, limit).map((row) => row.node);
  const keys = nodes.map((node) => node.key);
  const edges = await read<{ edge: Subgraph['edges'][number] }>(RUN_EDGES, { keys });
  return { nodes, edges: edges.map((row) => row.edge), truncated: found.length > limit };
}
