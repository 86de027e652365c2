// What is on the canvas is a recipe, not a list: the steps the user took (expand a node, add a
// related policy, find a path, open what an import run brought) replayed in order over the API's answers. The same recipe, read back
// from a shared URL, rebuilds the same graph.
import type { NeighborhoodQuery, RelationType } from './generated/graphql.ts';

export type Subgraph = NeighborhoodQuery['neighborhood'];
export type GraphNode = Subgraph['nodes'][number];
export type GraphEdge = Subgraph['edges'][number];

export type Step =
  | { kind: 'expand'; id: string; relations: RelationType[] }
  | { kind: 'add'; id: string }
  | { kind: 'path'; from: string; to: string }
  | { kind: 'run'; id: string };

export interface Graph {
  nodes: ReadonlyMap<string, GraphNode>;
  edges: ReadonlyMap<string, GraphEdge>;
}

export const EMPTY_GRAPH: Graph = { nodes: new Map(), edges: new Map() };

/** A stable name for a step, under which its API answer is cached. */
export function stepKey(step: Step): string {
  if (step.kind === 'expand') return `expand:${step.id}:${step.relations.join(',')}`;
  if (step.kind === 'add') return `add:${step.id}`;
  if (step.kind === 'run') return `run:${step.id}`;
  return `path:${step.from}:${step.to}`;
}

/**
 * The graph the steps build, without the removed nodes. An added node brings only its edges to what
 * is already there, so one click on a related policy does not flood the canvas with its neighbours.
 */
export function buildGraph(
  steps: readonly Step[],
  answers: ReadonlyMap<string, Subgraph>,
  removed: ReadonlySet<string>,
): Graph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const step of steps) {
    const answer = answers.get(stepKey(step));
    if (!answer) continue;
    const keep =
      step.kind === 'add'
        ? (node: GraphNode) => node.id === step.id || nodes.has(node.id)
        : (_node: GraphNode) => true;
    for (const node of answer.nodes) if (keep(node)) nodes.set(node.id, node);
    for (const edge of answer.edges)
      if (nodes.has(edge.source) && nodes.has(edge.target)) edges.set(edge.id, edge);
  }
  for (const id of removed) nodes.delete(id);
  for (const [id, edge] of edges) if (!nodes.has(edge.source) || !nodes.has(edge.target)) edges.delete(id);
  return { nodes, edges };
}

/** The nodes and edges of the last path step, which the canvas highlights. */
export function lastPath(steps: readonly Step[], answers: ReadonlyMap<string, Subgraph>): Set<string> | null {
  const step = steps.findLast((s) => s.kind === 'path');
  const answer = step && answers.get(stepKey(step));
  if (!answer) return null;
  return new Set([...answer.nodes.map((n) => n.id), ...answer.edges.map((e) => e.id)]);
}

/** Nodes and edges joined to node `id`, itself included; an edge's neighbourhood is its two ends. */
export function neighbourhoodOf(graph: Graph, id: string): Set<string> {
  const edge = graph.edges.get(id);
  if (edge) return new Set([id, edge.source, edge.target]);
  const near = new Set([id]);
  for (const edge of graph.edges.values()) {
    if (edge.source === id || edge.target === id) near.add(edge.id).add(edge.source).add(edge.target);
  }
  return near;
}
