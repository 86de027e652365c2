import { NODE_TYPES, RELATION_TYPES } from '../../core/model.ts';
import type { Read } from './read.ts';

export interface TypeCount {
  type: string;
  count: number;
}

export interface GraphStats {
  nodes: TypeCount[];
  relations: TypeCount[];
}

// Counts by one label or one relationship type come from Neo4j's count store, not a scan.
const STATS = [
  ...NODE_TYPES.map((t) => `MATCH (n:${t}) RETURN 'node' AS kind, '${t}' AS type, count(n) AS count`),
  ...RELATION_TYPES.map(
    (t) => `MATCH ()-[r:${t}]->() RETURN 'relation' AS kind, '${t}' AS type, count(r) AS count`,
  ),
].join('\nUNION ALL\n');

/** How many nodes of each type and relations of each type the graph holds. */
export async function stats(read: Read): Promise<GraphStats> {
  const rows = await read<TypeCount & { kind: 'node' | 'relation' }>(STATS);
  const pick = (kind: string) =>
    rows.filter((r) => r.kind === kind).map(({ type, count }) => ({ type, count }));
  return { nodes: pick('node'), relations: pick('relation') };
}
