// Pivot MDS as a cytoscape layout named 'pivot-mds' (registered in cytoscape-setup.ts), for graphs too
// big for fCoSE's force-directed pass: a spectral placement, stacks fanned out, positions set in one
// batch. Pinned (locked) nodes stay where they are.
import type cytoscape from 'cytoscape';
import { pivotMds } from './pivot-mds.ts';
import { fanOut, type Point } from './stacks.ts';

export interface PivotMdsOptions {
  name: 'pivot-mds';
  /** Both set by cytoscape when it makes the layout. */
  cy: cytoscape.Core;
  eles: cytoscape.Collection;
  edgeLength: number;
  pivots: number;
  fit: boolean;
  padding: number;
}

interface PivotMdsLayout {
  options: PivotMdsOptions;
}

/** cytoscape calls a layout's constructor as a plain function (not with `new`), so no class here. */
export function PivotMdsLayout(this: PivotMdsLayout, options: PivotMdsOptions): void {
  this.options = options;
}

PivotMdsLayout.prototype.run = function run(this: PivotMdsLayout): PivotMdsLayout {
  const nodes = this.options.eles.nodes();
  const index = new Map(nodes.map((node, i) => [node.id(), i]));
  const pairs: [number, number][] = [];
  this.options.eles.edges().forEach((edge) => {
    const source = index.get(edge.data('source'));
    const target = index.get(edge.data('target'));
    if (source !== undefined && target !== undefined && source !== target) pairs.push([source, target]);
  });
  const points = pivotMds(nodes.length, pairs, this.options);
  fanOut(points);
  // layoutPositions skips a node for which the function returns false; the typings do not say so.
  const place = (node: cytoscape.NodeSingular): Point | false =>
    !node.locked() && (points[index.get(node.id()) ?? -1] ?? false);
  if (this.options.fit)
    fitTo(
      this.options.cy,
      nodes.map((node) => place(node) || node.position()),
      this.options,
    );
  nodes.layoutPositions(
    this as unknown as string,
    { ...this.options, animate: false, fit: false },
    place as cytoscape.ElementPositionFunction,
  );
  return this;
};

/**
 * Fits the viewport to the nodes' centres, a node's size to spare, instead of cytoscape's fit: that
 * measures every element's bounding box, computing each edge's geometry once more before the first
 * draw computes it again.
 */
function fitTo(cy: cytoscape.Core, points: readonly Point[], options: PivotMdsOptions): void {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [left, right, top, bottom] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = options.padding + NODE_SPARE;
  const fitting = Math.min(
    (cy.width() - 2 * margin) / (right - left),
    (cy.height() - 2 * margin) / (bottom - top),
  );
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Number.isFinite(fitting) ? fitting : 1));
  const pan = {
    x: cy.width() / 2 - (zoom * (left + right)) / 2,
    y: cy.height() / 2 - (zoom * (top + bottom)) / 2,
  };
  cy.viewport({ zoom, pan });
}

/** Room for half a node (26 px in styles.ts) around the outermost centres, on screen. */
const NODE_SPARE = 13;
