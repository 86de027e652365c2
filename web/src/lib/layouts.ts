// The canvas layouts by name, with the defaults measured on this machine (bench/web.ts, docs/benchmarks.md):
// fCoSE for any graph up to a few hundred nodes; above that (a large graph) its spectral first stage
// alone, as pivot MDS over plain arrays (pivot-mds.ts); dagre only for small hierarchies such as
// issuer and implementation chains, because it takes minutes on a thousand nodes.
import type cytoscape from 'cytoscape';
import type { Link } from './pivot-mds-layout.ts';

export const LAYOUT_NAMES = ['fcose', 'dagre'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/**
 * Above this many shown nodes a graph is large. fCoSE's force-directed pass takes seconds (140 s at 2,000 nodes here),
 * and even its draft quality (the spectral stage alone) spent over a second walking cytoscape
 * collections on 2,000 nodes: pivot MDS computes the same placement in milliseconds. The edge layer
 * (edge-layer.ts) draws a large graph's relations, so cytoscape holds only its nodes.
 */
export const LARGE_GRAPH = 300;

export function isLarge(shownNodes: number): boolean {
  return shownNodes > LARGE_GRAPH;
}
/** Above this many nodes dagre is refused and the layout for the graph's size used instead. */
export const DAGRE_MAX = 300;

export interface LayoutRequest {
  nodeCount: number;
  /** Keep the nodes already placed where they are and lay out around them. */
  incremental: boolean;
  /** Node ids whose position must not move. */
  fixed: { nodeId: string; position: cytoscape.Position }[];
  animate: boolean;
  /** The shown relations: pivot MDS reads them here, as a large graph's are not on the canvas. */
  links: readonly Link[];
}

type Options = cytoscape.LayoutOptions & Record<string, unknown>;

export function layoutOptions(name: LayoutName, request: LayoutRequest): Options {
  const used = effectiveLayout(name, request.nodeCount);
  if (used === 'dagre') return dagre(request);
  if (used === 'fcose') return fcose(request);
  // New nodes of a big graph start beside a placed neighbour (canvas-sync.ts) and stay there.
  if (request.incremental) return { name: 'preset', fit: true, padding: 30 };
  return { name: 'pivot-mds', links: request.links, edgeLength: 90, pivots: 25, fit: true, padding: 30 };
}

/** The layout that will actually run, so the menu can say when a big graph gets the fast placement. */
export function effectiveLayout(name: LayoutName, nodeCount: number): LayoutName | 'pivot-mds' {
  if (name === 'dagre' && nodeCount <= DAGRE_MAX) return 'dagre';
  return isLarge(nodeCount) ? 'pivot-mds' : 'fcose';
}

function fcose(request: LayoutRequest): Options {
  return {
    name: 'fcose',
    quality: 'default',
    randomize: !request.incremental,
    animate: request.animate,
    animationDuration: 400,
    fit: true,
    padding: 30,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: 90,
    nodeRepulsion: 6000,
    fixedNodeConstraint: request.fixed.length > 0 ? request.fixed : undefined,
  };
}

function dagre(request: LayoutRequest): Options {
  return {
    name: 'dagre',
    rankDir: 'TB',
    nodeSep: 30,
    rankSep: 70,
    fit: true,
    padding: 30,
    animate: request.animate,
    animationDuration: 400,
  };
}
