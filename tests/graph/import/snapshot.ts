// The whole stored graph as sorted plain data, so two graphs can be compared node for node. The
// record of the import runs is left out: it says how the graph came in, which differs by entry.

import type { Db } from '../../../graph/driver.ts';

const NODES = `
MATCH (n) WHERE NOT n:ZhengtuMeta AND NOT n:ImportRun
RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.key`;

const EDGES = `
MATCH (a)-[r]->(b) WHERE NOT a:ZhengtuMeta AND NOT a:ImportRun
RETURN a.key AS from, type(r) AS type, b.key AS to, properties(r) AS props
ORDER BY from, type, to`;

export async function snapshot(db: Db): Promise<{ nodes: unknown[]; edges: unknown[] }> {
  return { nodes: await db.read(NODES), edges: await db.read(EDGES) };
}

export async function count(db: Db, cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const [row] = await db.read<{ n: number }>(cypher, params);
  return row?.n ?? 0;
}
