import type { Read } from './read.ts';
import { type NodeRow, nodeProjection } from './rows.ts';

// A policy without its own date is placed at the earliest article that reports it.
const TIMELINE = `MATCH (n:Policy)
WHERE $region IS NULL OR EXISTS { (n)-[:APPLIES_TO]->(:Region)-[:PART_OF*0..]->(:Region {key: $region}) }
WITH n, coalesce(n.date, head([(a:Article)-[:MENTIONS]->(n) WHERE a.date IS NOT NULL | a.date])) AS date
WHERE date IS NOT NULL AND ($from IS NULL OR date >= $from) AND ($to IS NULL OR date <= $to)
RETURN ${nodeProjection('n')} AS node, date
ORDER BY date, n.name
LIMIT $limit`;

/** Policies dated between `from` and `to` (ISO, inclusive), in or under a region, oldest first. */
export async function timeline(
  read: Read,
  range: { from: string | null; to: string | null; region: string | null },
  limit: number,
): Promise<NodeRow[]> {
  const rows = await read<{ node: NodeRow; date: string }>(TIMELINE, { ...range, limit });
  return rows.map(({ node, date }) => ({ ...node, date }));
}
