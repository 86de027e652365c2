// Pivot MDS (Brandes & Pich, "Eigensolver methods for progressive multidimensional scaling of large
// data", 2006): the spectral placement that fCoSE's draft quality runs, here over plain arrays. fCoSE
// walks the graph through cytoscape collections, which took most of its time on 2,000 nodes
// (bench/web.ts). Distances are hops from a few pivot nodes; the two main axes of the double-centred
// squared distances are the coordinates. Disconnected parts are placed one by one, side by side.
import type { Point } from './stacks.ts';

export interface MdsOptions {
  /** The mean length of an edge in the result, in model pixels. */
  edgeLength: number;
  /** How many pivots distances are measured from (fCoSE samples 25). */
  pivots: number;
}

/** Positions for nodes 0…count-1 joined by `edges` (pairs of node indexes). */
export function pivotMds(
  count: number,
  edges: readonly (readonly [number, number])[],
  options: MdsOptions,
): Point[] {
  const graph = adjacency(count, edges);
  const points: Point[] = Array.from({ length: count }, () => ({ x: 0, y: 0 }));
  const parts = components(graph).map((part) => {
    place(graph, part, points, options);
    return part;
  });
  packSideBySide(parts, points, options.edgeLength);
  return points;
}

/** Neighbours of node i are targets[offsets[i]] … targets[offsets[i + 1] - 1]. */
interface Adjacency {
  offsets: Int32Array;
  targets: Int32Array;
}

function adjacency(count: number, edges: readonly (readonly [number, number])[]): Adjacency {
  const offsets = new Int32Array(count + 1);
  for (const [a, b] of edges) {
    offsets[a + 1] = (offsets[a + 1] ?? 0) + 1;
    offsets[b + 1] = (offsets[b + 1] ?? 0) + 1;
  }
  for (let i = 0; i < count; i++) offsets[i + 1] = (offsets[i + 1] ?? 0) + (offsets[i] ?? 0);
  const next = offsets.slice(0, count);
  const targets = new Int32Array(2 * edges.length);
  const link = (from: number, to: number) => {
    const slot = next[from] ?? 0;
    targets[slot] = to;
    next[from] = slot + 1;
  };
  for (const [a, b] of edges) {
    link(a, b);
    link(b, a);
  }
  return { offsets, targets };
}

function degree(graph: Adjacency, node: number): number {
  return (graph.offsets[node + 1] ?? 0) - (graph.offsets[node] ?? 0);
}

/** Hops from `start` to every node, -1 where unreachable; the visit order is returned too. */
function hops(graph: Adjacency, start: number, distance: Int32Array): number[] {
  distance.fill(-1);
  distance[start] = 0;
  const order = [start];
  for (let head = 0; head < order.length; head++) {
    const node = order[head] ?? 0;
    const next = (distance[node] ?? 0) + 1;
    for (let e = graph.offsets[node] ?? 0; e < (graph.offsets[node + 1] ?? 0); e++) {
      const neighbour = graph.targets[e] ?? 0;
      if (distance[neighbour] === -1) {
        distance[neighbour] = next;
        order.push(neighbour);
      }
    }
  }
  return order;
}

function components(graph: Adjacency): number[][] {
  const count = graph.offsets.length - 1;
  const distance = new Int32Array(count);
  const seen = new Uint8Array(count);
  const parts: number[][] = [];
  for (let start = 0; start < count; start++) {
    if (seen[start]) continue;
    const part = hops(graph, start, distance);
    for (const node of part) seen[node] = 1;
    parts.push(part);
  }
  return parts;
}

/** Lays out one connected part around the origin. */
function place(graph: Adjacency, part: readonly number[], points: Point[], options: MdsOptions): void {
  if (part.length < 2) return;
  const columns = pivotDistances(graph, part, Math.min(options.pivots, part.length));
  const centred = doubleCentre(columns);
  const [first, second] = mainAxes(centred);
  part.forEach((node, i) => {
    const point = points[node];
    if (!point) return;
    point.x = centred.reduce((sum, column, j) => sum + (column[i] ?? 0) * (first[j] ?? 0), 0);
    point.y = centred.reduce((sum, column, j) => sum + (column[i] ?? 0) * (second[j] ?? 0), 0);
  });
  scaleEdges(graph, part, points, options.edgeLength);
}

/**
 * Squared hop distances from each pivot to the part's nodes, one column per pivot. The first pivot
 * is the best connected node; each next one the node farthest from all pivots so far (max–min).
 */
function pivotDistances(graph: Adjacency, part: readonly number[], pivots: number): Float64Array[] {
  const distance = new Int32Array(graph.offsets.length - 1);
  const nearest = new Float64Array(part.length).fill(Number.POSITIVE_INFINITY);
  let pivot = part.reduce((best, node) => (degree(graph, node) > degree(graph, best) ? node : best));
  const columns: Float64Array[] = [];
  for (let j = 0; j < pivots; j++) {
    hops(graph, pivot, distance);
    const column = new Float64Array(part.length);
    let farthest = 0;
    part.forEach((node, i) => {
      const d = distance[node] ?? 0;
      column[i] = d * d;
      nearest[i] = Math.min(nearest[i] ?? 0, d);
      if ((nearest[i] ?? 0) > (nearest[farthest] ?? 0)) farthest = i;
    });
    columns.push(column);
    pivot = part[farthest] ?? pivot;
  }
  return columns;
}

function doubleCentre(columns: Float64Array[]): Float64Array[] {
  const rows = columns[0]?.length ?? 0;
  const rowMeans = new Float64Array(rows);
  for (const column of columns) {
    column.forEach((value, i) => {
      rowMeans[i] = (rowMeans[i] ?? 0) + value / columns.length;
    });
  }
  const columnMeans = columns.map((column) => column.reduce((sum, value) => sum + value, 0) / rows);
  const mean = columnMeans.reduce((sum, value) => sum + value, 0) / columns.length;
  return columns.map((column, j) =>
    column.map((value, i) => -0.5 * (value - (rowMeans[i] ?? 0) - (columnMeans[j] ?? 0) + mean)),
  );
}

/** The two leading eigenvectors of CᵀC (pivots × pivots), by power iteration with deflation. */
function mainAxes(centred: Float64Array[]): [Float64Array, Float64Array] {
  const k = centred.length;
  const product = centred.map((a) =>
    centred.map((b) => a.reduce((sum, value, i) => sum + value * (b[i] ?? 0), 0)),
  );
  // Fixed, unlike start vectors: the same graph gets the same picture.
  const first = powerIteration(
    product,
    Float64Array.from({ length: k }, (_, i) => 1 + i / k),
    null,
  );
  const second = powerIteration(
    product,
    Float64Array.from({ length: k }, (_, i) => (i % 2 ? 1 : -1) + i / k),
    first,
  );
  return [first, second];
}

function powerIteration(
  matrix: number[][],
  start: Float64Array,
  orthogonalTo: Float64Array | null,
): Float64Array {
  let vector = normalise(start);
  for (let round = 0; round < 300; round++) {
    if (orthogonalTo) vector = normalise(minusProjection(vector, orthogonalTo));
    const next = normalise(
      Float64Array.from(matrix, (row) => row.reduce((sum, value, j) => sum + value * (vector[j] ?? 0), 0)),
    );
    const change = next.reduce((sum, value, i) => sum + Math.abs(value - (vector[i] ?? 0)), 0);
    vector = next;
    if (change < 1e-9) break;
  }
  return orthogonalTo ? normalise(minusProjection(vector, orthogonalTo)) : vector;
}

function normalise(vector: Float64Array): Float64Array {
  const length = Math.hypot(...vector);
  return length > 0 ? vector.map((value) => value / length) : vector;
}

function minusProjection(vector: Float64Array, axis: Float64Array): Float64Array {
  const dot = vector.reduce((sum, value, i) => sum + value * (axis[i] ?? 0), 0);
  return vector.map((value, i) => value - dot * (axis[i] ?? 0));
}

/** Scales a part so that its edges are `edgeLength` long on average. */
function scaleEdges(graph: Adjacency, part: readonly number[], points: Point[], edgeLength: number): void {
  let total = 0;
  let edges = 0;
  for (const node of part) {
    const a = points[node];
    for (let e = graph.offsets[node] ?? 0; e < (graph.offsets[node + 1] ?? 0); e++) {
      const b = points[graph.targets[e] ?? 0];
      if (!a || !b) continue;
      total += Math.hypot(a.x - b.x, a.y - b.y);
      edges++;
    }
  }
  const scale = total > 0 ? (edgeLength * edges) / total : 1;
  for (const node of part) {
    const point = points[node];
    if (!point) continue;
    point.x *= scale;
    point.y *= scale;
  }
}

/** Parts in rows, biggest first, each row about as wide as the whole is tall. */
function packSideBySide(parts: number[][], points: Point[], gap: number): void {
  const boxes = parts
    .map((part) => ({ part, ...bounds(part, points) }))
    .sort((a, b) => b.part.length - a.part.length);
  const area = boxes.reduce((sum, box) => sum + (box.width + gap) * (box.height + gap), 0);
  const rowWidth = Math.max(Math.sqrt(area), boxes[0]?.width ?? 0);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const box of boxes) {
    if (x > 0 && x + box.width > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    for (const node of box.part) {
      const point = points[node];
      if (!point) continue;
      point.x += x - box.left;
      point.y += y - box.top;
    }
    x += box.width + gap;
    rowHeight = Math.max(rowHeight, box.height);
  }
}

function bounds(
  part: readonly number[],
  points: Point[],
): { left: number; top: number; width: number; height: number } {
  const xs = part.map((node) => points[node]?.x ?? 0);
  const ys = part.map((node) => points[node]?.y ?? 0);
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return { left, top, width: Math.max(...xs) - left, height: Math.max(...ys) - top };
}
