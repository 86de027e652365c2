import { describe, expect, it } from 'vitest';
import { cytoscape } from '../../web/src/lib/cytoscape-setup.ts';
import { edgeNear, edgeStrokes } from '../../web/src/lib/edge-layer.ts';
import { EDGE_WIDTH, RELATION_COLOURS } from '../../web/src/lib/styles.ts';
import { buildGraph, stepKey } from '../../web/src/lib/subgraph.ts';
import { expandStep, opinionNeighbourhood } from './sample-graph.ts';

const focus = expandStep('p');
const opinion = buildGraph([focus], new Map([[stepKey(focus), opinionNeighbourhood]]), new Set());
const plain = { visible: opinion, emphasis: null, pinned: new Set<string>(), path: null };

describe('the strokes of the edge layer', () => {
  it('draws every shown edge once, one stroke per relation colour', () => {
    const strokes = edgeStrokes(plain);
    expect(strokes.flatMap((s) => s.ends)).toHaveLength(opinion.edges.size);
    expect(new Set(strokes.map((s) => s.colour)).size).toBe(strokes.length);
    const issued = strokes.find((s) => s.colour === RELATION_COLOURS.ISSUED_BY);
    expect(issued?.ends).toContainEqual({ id: 'p-ISSUED_BY-a1', source: 'p', target: 'a1' });
    expect(issued?.alpha).toBe(1);
  });

  it('leaves out what the filters hide', () => {
    const hidden = buildGraph([focus], new Map([[stepKey(focus), opinionNeighbourhood]]), new Set(['a1']));
    const ends = edgeStrokes({ ...plain, visible: hidden }).flatMap((s) => s.ends);
    expect(ends).toHaveLength(opinion.edges.size - 1);
    expect(ends.map((end) => end.id)).not.toContain('p-ISSUED_BY-a1');
  });

  it('dims all but the emphasis, draws the path bold, and the faint under the rest', () => {
    const path = new Set(['p', 'a1', 'p-ISSUED_BY-a1']);
    const strokes = edgeStrokes({ ...plain, emphasis: path, path });
    const bold = strokes.filter((s) => s.width > EDGE_WIDTH);
    expect(bold.flatMap((s) => s.ends)).toEqual([{ id: 'p-ISSUED_BY-a1', source: 'p', target: 'a1' }]);
    expect(bold[0]?.alpha).toBe(1);
    expect(strokes.filter((s) => s.alpha < 1).flatMap((s) => s.ends)).toHaveLength(opinion.edges.size - 1);
    expect(strokes.map((s) => s.alpha)).toEqual([...strokes.map((s) => s.alpha)].sort());
    expect(strokes.at(-1)).toBe(bold[0]);
  });
});

describe('a click near a line of the edge layer', () => {
  const cy = cytoscape({ headless: true });
  cy.add([
    { group: 'nodes', data: { id: 'p' }, position: { x: 0, y: 0 } },
    { group: 'nodes', data: { id: 'a1' }, position: { x: 100, y: 0 } },
    { group: 'nodes', data: { id: 'cn' }, position: { x: 0, y: 100 } },
  ]);
  const strokes = edgeStrokes(plain);

  it('chooses the edge whose line passes nearest, within reach', () => {
    expect(edgeNear(strokes, cy, { x: 50, y: 3 }, 5)).toBe('p-ISSUED_BY-a1');
    expect(edgeNear(strokes, cy, { x: 2, y: 60 }, 5)).toBe('p-APPLIES_TO-cn');
  });

  it('chooses nothing out of reach, or past the end of a line', () => {
    expect(edgeNear(strokes, cy, { x: 50, y: 30 }, 5)).toBeUndefined();
    expect(edgeNear(strokes, cy, { x: 130, y: 0 }, 5)).toBeUndefined();
  });
});
