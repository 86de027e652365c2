// Exports of what is on screen: the canvas as a PNG, the visible subgraph as JSON.
import type cytoscape from 'cytoscape';
import type { Graph } from './subgraph.ts';

export function subgraphJson(graph: Graph): string {
  return JSON.stringify({ nodes: [...graph.nodes.values()], edges: [...graph.edges.values()] }, null, 2);
}

export function canvasPng(cy: cytoscape.Core): Blob {
  return cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' });
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
