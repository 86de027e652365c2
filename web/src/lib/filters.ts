// Filters narrow what is shown, never what is loaded: a filtered-out node stays in the graph, hidden,
// and comes back when the filter is relaxed.
import type { NodeType, RelationType } from './generated/graphql.ts';
import type { Graph, GraphNode } from './subgraph.ts';

export interface Filters {
  /** Empty means every type. */
  nodeTypes: NodeType[];
  relationTypes: RelationType[];
  /** A region name that a node's region must contain (贵州 keeps 贵州省 and 贵阳市 in 贵州省). */
  region: string;
  /** ISO dates, inclusive; a node without a date is never filtered out by them. */
  from: string;
  to: string;
  status: string;
}

export const NO_FILTERS: Filters = {
  nodeTypes: [],
  relationTypes: [],
  region: '',
  from: '',
  to: '',
  status: '',
};

export function isFiltering(filters: Filters): boolean {
  return Object.values(filters).some((value) => value.length > 0);
}

export function nodePasses(node: GraphNode, filters: Filters): boolean {
  if (filters.nodeTypes.length > 0 && !filters.nodeTypes.includes(node.type)) return false;
  if (filters.region && !(node.region ?? node.name).includes(filters.region)) return false;
  if (filters.status && node.type === 'Policy' && node.status !== filters.status) return false;
  if (node.date && filters.from && node.date < filters.from) return false;
  // "2025-01" must pass `to: 2025-01-31`, and "2025-01-13" must pass `to: 2025-01`.
  if (node.date && filters.to && node.date.slice(0, filters.to.length) > filters.to) return false;
  return true;
}

/** The part of `graph` that the filters and the hidden set leave on screen. */
export function visiblePart(graph: Graph, filters: Filters, hidden: ReadonlySet<string>): Graph {
  const nodes = new Map(
    [...graph.nodes].filter(([id, node]) => !hidden.has(id) && nodePasses(node, filters)),
  );
  const edges = new Map(
    [...graph.edges].filter(
      ([, edge]) =>
        nodes.has(edge.source) &&
        nodes.has(edge.target) &&
        (filters.relationTypes.length === 0 || filters.relationTypes.includes(edge.type)),
    ),
  );
  return { nodes, edges };
}
