import { type NodeType, RELATION_TYPES, type RelationType } from '../../core/model.ts';
import type { Read } from './read.ts';
import { type EdgeRow, edgeProjection, type GraphNodeRow, graphNodeProjection, NODE_BY_KEY } from './rows.ts';

export interface Subgraph {
  nodes: GraphNodeRow[];
  edges: EdgeRow[];
  truncated: boolean;
}

export interface NeighborhoodOptions {
  depth: number;
  nodeTypes: readonly NodeType[];
  relationTypes: readonly RelationType[];
  limit: number;
}

const SEEDS = `UNWIND $keys AS key
${NODE_BY_KEY}
RETURN ${graphNodeProjection('n')} AS node`;

// The relationship types are spelled out so that a hub (中国, mentioned by thousands of articles)
// is expanded only along extracted relations, never through its MENTIONS.
const EXPAND = `UNWIND $keys AS key
${NODE_BY_KEY}
MATCH (n)-[r:${RELATION_TYPES.join('|')}]-(m)
WHERE type(r) IN $relationTypes AND labels(m)[0] IN $nodeTypes
RETURN ${edgeProjection('r')} AS edge, ${graphNodeProjection('m')} AS node
LIMIT $rows`;

/**
 * The nodes within `depth` steps of the seeds, breadth first (one round trip per step), so that
 * hubs such as 中国 cannot blow up a path enumeration; stops at `limit` nodes and says so.
 */
export async function neighborhood(
  read: Read,
  keys: readonly string[],
  options: NeighborhoodOptions,
): Promise<Subgraph> {
  const seeds = await read<{ node: GraphNodeRow }>(SEEDS, { keys });
  const nodes = new Map(seeds.map(({ node }) => [node.key, node]));
  const edges = new Map<string, EdgeRow>();
  let frontier = [...nodes.keys()];
  let truncated = false;
  for (let step = 0; step < options.depth && frontier.length > 0 && !truncated; step++) {
    const rows = await read<{ edge: EdgeRow; node: GraphNodeRow }>(EXPAND, {
      keys: frontier,
      relationTypes: options.relationTypes,
      nodeTypes: options.nodeTypes,
      rows: options.limit * 4,
    });
    truncated = rows.length >= options.limit * 4;
    frontier = [];
    for (const { edge, node } of rows) {
      if (!nodes.has(node.key)) {
        if (nodes.size >= options.limit) {
          truncated = true;
          continue;
        }
        nodes.set(node.key, node);
        frontier.push(node.key);
      }
      edges.set(edgeId(edge), edge);
    }
  }
  const kept = [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target));
  return { nodes: [...nodes.values()], edges: kept, truncated };
}

/** A relation is stored once between two nodes, so its type and ends name it. */
export function edgeId(edge: Pick<EdgeRow, 'type' | 'source' | 'target'>): string {
  return `${edge.source}-${edge.type}->${edge.target}`;
}
