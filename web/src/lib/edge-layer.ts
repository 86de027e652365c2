// A large graph's relations drawn on a plain canvas under cytoscape's nodes. Cytoscape spends a quarter
// of a millisecond on each element it holds (adding, styling, measuring, drawing: bench/web.ts), so
// 5,000 edges cost over a second before the first frame; as a few strokes they cost milliseconds.
// Large graphs show no edge labels; a click near a line chooses its edge (`edgeNear`).
import type cytoscape from 'cytoscape';
import type { CanvasView } from './canvas-sync.ts';
import { DIMMED_OPACITY, EDGE_WIDTH, PATH_EDGE_WIDTH, RELATION_COLOURS } from './styles.ts';
import type { GraphEdge } from './subgraph.ts';

/** Edges drawn alike: one path, one stroke. */
export interface Stroke {
  colour: string;
  /** Dimmed edges are faint, as cytoscape's `.dimmed` class draws them. */
  alpha: number;
  /** In model units, so edges thicken as the user zooms in, like cytoscape's. */
  width: number;
  ends: Pick<GraphEdge, 'id' | 'source' | 'target'>[];
}

/** The shown edges grouped by look, dimmed first so the emphasised and the path draw over them. */
export function edgeStrokes(view: CanvasView): Stroke[] {
  const strokes = new Map<string, Stroke>();
  for (const edge of view.visible.edges.values()) {
    const look = lookOf(edge, view);
    const key = `${look.alpha}|${look.width}|${look.colour}`;
    const stroke = strokes.get(key) ?? { ...look, ends: [] };
    stroke.ends.push({ id: edge.id, source: edge.source, target: edge.target });
    strokes.set(key, stroke);
  }
  return [...strokes.values()].sort((a, b) => a.alpha - b.alpha || a.width - b.width);
}

function lookOf(edge: GraphEdge, view: CanvasView): Omit<Stroke, 'ends'> {
  const dimmed = view.emphasis !== null && !view.emphasis.has(edge.id);
  return {
    colour: RELATION_COLOURS[edge.type],
    alpha: dimmed ? DIMMED_OPACITY : 1,
    width: view.path?.has(edge.id) ? PATH_EDGE_WIDTH : EDGE_WIDTH,
  };
}

/** Where model coordinates land on the canvas: cytoscape's zoom and pan, in device pixels. */
export interface Transform {
  scale: number;
  x: number;
  y: number;
}

/** Strokes each group as one path of straight lines between the centres of cytoscape's nodes. */
export function drawStrokes(
  context: CanvasRenderingContext2D,
  strokes: readonly Stroke[],
  cy: cytoscape.Core,
  transform: Transform,
): void {
  context.setTransform(transform.scale, 0, 0, transform.scale, transform.x, transform.y);
  context.lineCap = 'round';
  for (const stroke of strokes) {
    context.beginPath();
    for (const { source, target } of stroke.ends) {
      const [from, to] = [cy.getElementById(source), cy.getElementById(target)];
      if (from.empty() || to.empty()) continue;
      context.moveTo(from.position('x'), from.position('y'));
      context.lineTo(to.position('x'), to.position('y'));
    }
    context.globalAlpha = stroke.alpha;
    context.strokeStyle = stroke.colour;
    context.lineWidth = stroke.width;
    context.stroke();
  }
  context.globalAlpha = 1;
}

/** The drawn edge whose line passes nearest `point`, if within `reach` (both in model units). */
export function edgeNear(
  strokes: readonly Stroke[],
  cy: cytoscape.Core,
  point: cytoscape.Position,
  reach: number,
): string | undefined {
  let nearest: { id: string; distance: number } | undefined;
  for (const { id, source, target } of strokes.flatMap((stroke) => stroke.ends)) {
    const [from, to] = [cy.getElementById(source), cy.getElementById(target)];
    if (from.empty() || to.empty()) continue;
    const distance = toSegment(point, from.position(), to.position());
    if (distance <= reach && distance < (nearest?.distance ?? Number.POSITIVE_INFINITY))
      nearest = { id, distance };
  }
  return nearest?.id;
}

function toSegment(p: cytoscape.Position, a: cytoscape.Position, b: cytoscape.Position): number {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

export interface EdgeLayer {
  /** Draws these strokes from now on, following every pan, zoom and drag; none clears the layer. */
  show(strokes: readonly Stroke[]): void;
  /** The strokes shown, for the PNG export and for clicks near a line. */
  strokes(): readonly Stroke[];
  destroy(): void;
}

/** Keeps `canvas`, laid under cytoscape's container, drawn after each frame cytoscape renders. */
export function mountEdgeLayer(cy: cytoscape.Core, canvas: HTMLCanvasElement): EdgeLayer {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser gives no 2D canvas for the edge layer');
  let shown: readonly Stroke[] = [];
  const draw = () => {
    const ratio = window.devicePixelRatio || 1;
    const [width, height] = [Math.round(cy.width() * ratio), Math.round(cy.height() * ratio)];
    if (canvas.width !== width || canvas.height !== height) Object.assign(canvas, { width, height });
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    const { x, y } = cy.pan();
    drawStrokes(context, shown, cy, { scale: ratio * cy.zoom(), x: ratio * x, y: ratio * y });
  };
  cy.on('render resize', draw);
  return {
    show(strokes) {
      shown = strokes;
      draw();
    },
    strokes: () => shown,
    destroy: () => cy.off('render resize', draw),
  };
}
