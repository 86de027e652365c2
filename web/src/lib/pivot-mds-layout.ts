// Pivot MDS as a cytoscape layout named 'pivot-mds' (registered in cytoscape-setup.ts), for graphs too
// big for fCoSE's force-directed pass: a spectral placement, stacks fanned out, positions set in one
// batch. Pinned (locked) nodes stay where they are.
import type cytoscape from 'cytoscape';
import { pivotMds } from './pivot-mds.ts';
import { fanOut, type Point } from './stacks.ts';

export interface PivotMdsOptions {
  name: 'pivot-mds';
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
  nodes.layoutPositions(
    this as unknown as string,
    { ...this.options, animate: false },
    place as cytoscape.ElementPositionFunction,
  );
  return this;
};
