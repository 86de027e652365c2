// Exports of what is on screen: the canvas as a PNG, the visible subgraph as JSON.
import type cytoscape from 'cytoscape';
import { drawStrokes, type Stroke } from './edge-layer.ts';
import type { Graph } from './subgraph.ts';

export function subgraphJson(graph: Graph): string {
  return JSON.stringify({ nodes: [...graph.nodes.values()], edges: [...graph.edges.values()] }, null, 2);
}

const PNG_SCALE = 2;
const BACKGROUND = '#ffffff';

/**
 * The whole graph at twice its size. A large graph's edges are not cytoscape's (edge-layer.ts): they
 * are drawn under cytoscape's picture of the nodes, with the transform cytoscape used for it.
 */
export async function canvasPng(cy: cytoscape.Core, strokes: readonly Stroke[]): Promise<Blob> {
  if (strokes.length === 0) return cy.png({ full: true, scale: PNG_SCALE, bg: BACKGROUND, output: 'blob' });
  const nodes = await createImageBitmap(cy.png({ full: true, scale: PNG_SCALE, output: 'blob' }));
  const canvas = Object.assign(document.createElement('canvas'), {
    width: nodes.width,
    height: nodes.height,
  });
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser gives no 2D canvas to export on');
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, canvas.width, canvas.height);
  // cytoscape's full image: its bounding box's corner at the origin, scaled by the device pixel ratio too.
  const box = cy.elements().boundingBox();
  const scale = PNG_SCALE * (window.devicePixelRatio || 1);
  drawStrokes(context, strokes, cy, { scale, x: -box.x1 * scale, y: -box.y1 * scale });
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.drawImage(nodes, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))),
      'image/png',
    ),
  );
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
