import type { RelationType } from '../../core/model.ts';
import { edgeId, type Subgraph } from './neighborhood.ts';
import type { Read } from './read.ts';
import { type EdgeRow, edgeProjection, type GraphNodeRow, graphNodeProjection, NODE_BY_KEY } from './rows.ts';

export const MAX_PATH_LENGTH = 10;
const MAX_PATHS = 50;

// A shortest path's bound must be a literal, so there is one statement per allowed length.
function pathsCypher(maxLength: number): string {
  return `WITH $from AS key
${NODE_BY_KEY}
WITH n AS a, $to AS key
${NODE_BY_KEY}
WITH a, n AS b
MATCH p = allShortestPaths((a)-[*..${maxLength}]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $relationTypes)
RETURN [x IN nodes(p) | ${graphNodeProjection('x')}] AS nodes, [r IN relationships(p) | ${edgeProjection('r')}] AS edges
LIMIT ${MAX_PATHS}`;
}

const PATHS = Array.from({ length: MAX_PATH_LENGTH + 1 }, (_, length) => pathsCypher(Math.max(length, 1)));

/** All shortest paths between two nodes over the given relations, merged; empty when none. */
export async function paths(
  read: Read,
  from: string,
  to: string,
  maxLength: number,
  relationTypes: readonly RelationType[],
): Promise<Subgraph> {
  const cypher = PATHS[Math.min(Math.max(maxLength, 1), MAX_PATH_LENGTH)] as string;
  const rows = await read<{ nodes: GraphNodeRow[]; edges: EdgeRow[] }>(cypher, { from, to, relationTypes });
  const nodes = new Map(rows.flatMap((row) => row.nodes.map((node) => [node.key, node] as const)));
  const edges = new Map(rows.flatMap((row) => row.edges.map((edge) => [edgeId(edge), edge] as const)));
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: rows.length >= MAX_PATHS };
}
