import { describe, expect, it } from 'vitest';
import { applyView, spreadStacked, syncElements } from '../../web/src/lib/canvas-sync.ts';
import { cytoscape } from '../../web/src/lib/cytoscape-setup.ts';
import { DAGRE_MAX, effectiveLayout, LARGE_GRAPH, layoutOptions } from '../../web/src/lib/layouts.ts';
import { stylesheet } from '../../web/src/lib/styles.ts';
import { buildGraph, stepKey } from '../../web/src/lib/subgraph.ts';
import { edge, expandStep, node, opinionNeighbourhood, subgraph } from './sample-graph.ts';

const request = { incremental: false, fixed: [], animate: false, links: [] };

function laidOut(name: 'fcose' | 'dagre', graph = buildGraph([focusStep], answers, new Set())) {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet() });
  syncElements(cy, graph, 'zh', { visible: graph, emphasis: null, pinned: new Set(), path: null });
  cy.layout(layoutOptions(name, { ...request, nodeCount: cy.nodes().length })).run();
  return cy;
}
const focusStep = expandStep('p');
const answers = new Map([[stepKey(focusStep), opinionNeighbourhood]]);

describe('layouts', () => {
  it('draws an issuer chain top-down with dagre: the document above its four issuers', () => {
    const cy = laidOut('dagre');
    const policyY = cy.getElementById('p').position().y;
    for (const id of ['a0', 'a1', 'a2', 'a3'])
      expect(cy.getElementById(id).position().y).toBeGreaterThan(policyY);
  });

  it('spreads nodes apart with fCoSE', () => {
    const cy = laidOut('fcose');
    const positions = cy.nodes().map((n) => `${Math.round(n.position().x)},${Math.round(n.position().y)}`);
    expect(new Set(positions).size).toBe(6);
  });

  it('lays big graphs out with pivot MDS, keeps their positions on an incremental change, refuses dagre there', () => {
    expect(layoutOptions('fcose', { ...request, nodeCount: LARGE_GRAPH }).name).toBe('fcose');
    expect(layoutOptions('fcose', { ...request, nodeCount: LARGE_GRAPH + 1 }).name).toBe('pivot-mds');
    expect(layoutOptions('fcose', { ...request, incremental: true, nodeCount: LARGE_GRAPH + 1 }).name).toBe(
      'preset',
    );
    expect(layoutOptions('dagre', { ...request, nodeCount: DAGRE_MAX + 1 }).name).toBe('pivot-mds');
    expect(effectiveLayout('dagre', DAGRE_MAX + 1)).toBe('pivot-mds');
    expect(effectiveLayout('fcose', LARGE_GRAPH + 1)).toBe('pivot-mds');
    expect(effectiveLayout('dagre', DAGRE_MAX)).toBe('dagre');
  });

  it('places every node of a big graph apart, linked nodes near each other, and leaves pinned nodes where they are (timings are in bench/web.ts)', () => {
    const count = LARGE_GRAPH + 50;
    const nodes = Array.from({ length: count }, (_, i) =>
      node(`n${i}`, i % 5 === 0 ? 'Policy' : 'Agency', `机构${i}`),
    );
    const edges = Array.from({ length: count * 2 }, (_, i) =>
      edge('ISSUED_BY', `n${(i * 5) % count}`, `n${(i * 7 + 1) % count}`),
    );
    const unique = [...new Map(edges.map((e) => [e.id, e])).values()];
    const step = expandStep('n0');
    const graph = buildGraph([step], new Map([[stepKey(step), subgraph(nodes, unique)]]), new Set());
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet() });
    const view = { visible: graph, emphasis: null, pinned: new Set<string>(), path: null };
    syncElements(cy, graph, 'zh', view);
    cy.getElementById('n7').position({ x: 12345, y: 678 });
    applyView(cy, { ...view, pinned: new Set(['n7']) });
    // A large graph's edges are not on the canvas: the layout is given them.
    expect(cy.edges().length).toBe(0);
    cy.layout(layoutOptions('fcose', { ...request, nodeCount: count, links: unique })).run();
    const placed = cy
      .nodes()
      .filter((n) => Number.isFinite(n.position().x) && Number.isFinite(n.position().y));
    expect(placed.length).toBe(count);
    const spots = new Set(
      cy.nodes().map((n) => `${Math.round(n.position().x)},${Math.round(n.position().y)}`),
    );
    expect(spots.size).toBe(count);
    expect(cy.getElementById('n7').position()).toEqual({ x: 12345, y: 678 });
    const distance = (a: string, b: string) => {
      const [p, q] = [cy.getElementById(a).position(), cy.getElementById(b).position()];
      return Math.hypot(p.x - q.x, p.y - q.y);
    };
    const free = unique.filter((e) => e.source !== 'n7' && e.target !== 'n7');
    const linked = free.map((e) => distance(e.source, e.target));
    const strangers = free.map((e, i) =>
      distance(e.source, `n${(i * 13 + 3) % count === 7 ? 8 : (i * 13 + 3) % count}`),
    );
    expect(median(linked)).toBeLessThan(median(strangers));
  });

  it('fans out nodes that fCoSE put on the same spot', () => {
    const cy = laidOut('fcose');
    cy.nodes().positions(() => ({ x: 10, y: 10 }));
    expect(spreadStacked(cy.nodes())).toBe(6);
    const spots = new Set(
      cy.nodes().map((n) => `${Math.round(n.position().x)},${Math.round(n.position().y)}`),
    );
    expect(spots.size).toBe(6);
  });
});

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
}
