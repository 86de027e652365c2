// The canvas layouts by name, with the defaults measured on this machine (STACK.md, bench/web.ts):
// fCoSE for any graph up to a few hundred nodes; above that its spectral first stage alone, as pivot
// MDS over plain arrays (pivot-mds.ts); dagre only for small hierarchies such as issuer and
// implementation chains, because it takes minutes on a thousand nodes.
import type cytoscape from 'cytoscape';

export const LAYOUT_NAMES = ['fcose', 'dagre'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/**
 * Above this many nodes fCoSE's force-directed pass takes seconds (STACK.md), and even its draft
 * quality (the spectral stage alone) spent over a second walking cytoscape collections on 2,000
 * nodes: pivot MDS computes the same placement in milliseconds.
 */
export const SPECTRAL_ABOVE = 300;
/** Above this many nodes dagre is refused and the layout for the graph's size used instead. */
export const DAGRE_MAX = 300;

export interface LayoutRequest {
  nodeCount: number;
  /** Keep the nodes already placed where they are and lay out around them. */
  incremental: boolean;
  /** Node ids whose position must not move. */
  fixed: { nodeId: string; position: cytoscape.Position }[];
  animate: boolean;
}

type Options = cytoscape.LayoutOptions & Record<string, unknown>;

export function layoutOptions(name: LayoutName, request: LayoutRequest): Options {
  const used = effectiveLayout(name, request.nodeCount);
  if (used === 'dagre') return dagre(request);
  if (used === 'fcose') return fcose(request);
  // New nodes of a big graph start beside a placed neighbour (canvas-sync.ts) and stay there.
  if (request.incremental) return { name: 'preset', fit: true, padding: 30 };
  return { name: 'pivot-mds', edgeLength: 90, pivots: 25, fit: true, padding: 30 };
}

/** The layout that will actually run, so the menu can say when a big graph gets the fast placement. */
export function effectiveLayout(name: LayoutName, nodeCount: number): LayoutName | 'pivot-mds' {
  if (name === 'dagre' && nodeCount <= DAGRE_MAX) return 'dagre';
  return nodeCount <= SPECTRAL_ABOVE ? 'fcose' : 'pivot-mds';
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
