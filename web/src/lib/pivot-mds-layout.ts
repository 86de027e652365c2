// Pivot MDS as a cytoscape layout named 'pivot-mds' (registered in cytoscape-setup.ts), for graphs too
// big for fCoSE's force-directed pass: a spectral placement, stacks fanned out, positions set in one
// batch. Pinned (locked) nodes stay where they are.
import type cytoscape from 'cytoscape';
import { pivotMds } from './pivot-mds.ts';
import { fanOut, type Point } from './stacks.ts';

/** A relation between two nodes, by id. */
export interface Link {
  source: string;
  target: string;
}

export interface PivotMdsOptions {
  name: 'pivot-mds';
  /** Both set by cytoscape when it makes the layout. */
  cy: cytoscape.Core;
  eles: cytoscape.Collection;
  /** Given, not read from `eles`: a large graph's relations are drawn by the edge layer, not cytoscape. */
  links: readonly Link[];
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
  const { cy, eles, links, fit, padding } = this.options;
  const nodes = eles.nodes();
  const index = new Map(nodes.map((node, i) => [node.id(), i]));
  const pairs: [number, number][] = [];
  for (const link of links) {
    const [source, target] = [index.get(link.source), index.get(link.target)];
    if (source !== undefined && target !== undefined && source !== target) pairs.push([source, target]);
  }
  const points = pivotMds(nodes.length, pairs, this.options);
  fanOut(points);
  // layoutPositions skips a node for which the function returns false; the typings do not say so.
  const place = (node: cytoscape.NodeSingular): Point | false =>
    !node.locked() && (points[index.get(node.id()) ?? -1] ?? false);
  nodes.layoutPositions(
    this as unknown as string,
    { ...this.options, animate: false, fit: false },
    place as cytoscape.ElementPositionFunction,
  );
  // Fitting measures every element now, before the first frame: left to that frame, each first
  // measurement announces a change and the frame after recomputes every element again.
  if (fit) cy.fit(eles, padding);
  return this;
};
