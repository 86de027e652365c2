import { describe, expect, it } from 'vitest';
import { pivotMds } from '../../web/src/lib/pivot-mds.ts';
import { fanOut, type Point } from '../../web/src/lib/stacks.ts';

const options = { edgeLength: 90, pivots: 25 };

function distance(a: Point | undefined, b: Point | undefined): number {
  if (!a || !b) throw new Error('missing point');
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** A chain of documents implementing one another: 0 → 1 → … → n-1. */
function chain(n: number): [number, number][] {
  return Array.from({ length: n - 1 }, (_, i) => [i, i + 1]);
}

describe('pivot MDS placement', () => {
  it('lays a chain out in its order, each edge the ideal length', () => {
    const points = pivotMds(10, chain(10), options);
    for (let i = 0; i < 9; i++) expect(distance(points[i], points[i + 1])).toBeCloseTo(90, 0);
    // The ends are the farthest apart: the chain is stretched, not folded.
    expect(distance(points[0], points[9])).toBeCloseTo(9 * 90, 0);
  });

  it('keeps neighbours closer than nodes several hops apart', () => {
    // A 6×6 grid of agencies and documents.
    const side = 6;
    const edges: [number, number][] = [];
    for (let r = 0; r < side; r++)
      for (let c = 0; c < side; c++) {
        if (c + 1 < side) edges.push([r * side + c, r * side + c + 1]);
        if (r + 1 < side) edges.push([r * side + c, (r + 1) * side + c]);
      }
    const points = pivotMds(side * side, edges, options);
    const corner = distance(points[0], points[side * side - 1]);
    expect(distance(points[0], points[1])).toBeLessThan(corner / 4);
    expect(distance(points[0], points[side])).toBeLessThan(corner / 4);
  });

  it('sets disconnected parts side by side without overlap', () => {
    const triangle = (o: number): [number, number][] => [
      [o, o + 1],
      [o + 1, o + 2],
      [o + 2, o],
    ];
    const points = pivotMds(7, [...triangle(0), ...triangle(3)], options);
    const box = (ids: number[]) => ({
      left: Math.min(...ids.map((i) => points[i]?.x ?? 0)),
      right: Math.max(...ids.map((i) => points[i]?.x ?? 0)),
      top: Math.min(...ids.map((i) => points[i]?.y ?? 0)),
      bottom: Math.max(...ids.map((i) => points[i]?.y ?? 0)),
    });
    const [a, b] = [box([0, 1, 2]), box([3, 4, 5])];
    const apart = a.right < b.left || b.right < a.left || a.bottom < b.top || b.bottom < a.top;
    expect(apart).toBe(true);
    // The lone node 6 is placed too, apart from both triangles.
    for (const i of [0, 3]) expect(distance(points[6], points[i])).toBeGreaterThan(0);
  });

  it('gives the same picture for the same graph', () => {
    const edges: [number, number][] = [...chain(30), [0, 15], [5, 25], [10, 29]];
    expect(pivotMds(30, edges, options)).toEqual(pivotMds(30, edges, options));
  });

  it('places an empty graph and a single node', () => {
    expect(pivotMds(0, [], options)).toEqual([]);
    expect(pivotMds(1, [], options)).toEqual([{ x: 0, y: 0 }]);
  });
});

describe('fanning out stacked nodes', () => {
  it('moves the four issuers of one document, placed on one spot, onto a circle around it', () => {
    const issuers = Array.from({ length: 4 }, () => ({ x: 100, y: 50 }));
    const policy = { x: 0, y: 0 };
    expect(fanOut([policy, ...issuers])).toBe(4);
    expect(policy).toEqual({ x: 0, y: 0 });
    expect(new Set(issuers.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(4);
    for (const p of issuers) expect(Math.hypot(p.x - 100, p.y - 50)).toBeCloseTo(16 + 4 * 4);
  });
});
