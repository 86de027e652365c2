import { describe, expect, it } from 'vitest';
import { applyView, type CanvasView, syncElements } from '../../web/src/lib/canvas-sync.ts';
import { cytoscape } from '../../web/src/lib/cytoscape-setup.ts';
import { LARGE_GRAPH } from '../../web/src/lib/layouts.ts';
import { BULK_EDGES, NODE_LOOKS, stylesheet } from '../../web/src/lib/styles.ts';
import {
  buildGraph,
  type Graph,
  type GraphEdge,
  type GraphNode,
  stepKey,
} from '../../web/src/lib/subgraph.ts';
import {
  bureauNeighbourhood,
  edge,
  expandStep,
  node,
  opinionNeighbourhood,
  subgraph,
} from './sample-graph.ts';

const focus = expandStep('p');
const expand = expandStep('a1');
const answers = new Map([
  [stepKey(focus), opinionNeighbourhood],
  [stepKey(expand), bureauNeighbourhood],
]);
const opinion = buildGraph([focus], answers, new Set());
const both = buildGraph([focus, expand], answers, new Set());

/** The opinion's neighbourhood with more nodes and edges around it. */
function withNodesAndEdges(nodes: GraphNode[], edges: GraphEdge[]): Graph {
  const step = expandStep('cn');
  const answer = subgraph(
    [...opinionNeighbourhood.nodes, ...nodes],
    [...opinionNeighbourhood.edges, ...edges],
  );
  return buildGraph([step], new Map([[stepKey(step), answer]]), new Set());
}

/** Everything shown, nothing emphasised, pinned or on a path. */
function plain(graph: CanvasView['visible']): CanvasView {
  return { visible: graph, emphasis: null, pinned: new Set(), path: null };
}

function canvas() {
  return cytoscape({ headless: true, styleEnabled: true, style: stylesheet() });
}

describe('keeping the canvas in line with the graph', () => {
  it('adds every node and edge, labelled with the relation in the chosen language', () => {
    const cy = canvas();
    expect(syncElements(cy, opinion, 'zh', plain(opinion)).added).toHaveLength(6);
    expect(cy.nodes().map((n) => n.data('label'))).toContain('国家数据局');
    expect(cy.getElementById('p-ISSUED_BY-a1').data('label')).toBe('发文机关');
    // One colour and shape per type, the legend's.
    expect(cy.getElementById('a1').style('shape')).toBe(NODE_LOOKS.Agency.shape);
    expect(cy.getElementById('cn').style('background-color')).toBe('rgb(58,154,91)');
    expect(cy.getElementById('p-ISSUED_BY-a1').style('line-color')).toBe('rgb(47,111,181)');
    syncElements(cy, opinion, 'en', plain(opinion));
    expect(cy.getElementById('p-ISSUED_BY-a1').data('label')).toBe('issued by');
  });

  it('writes a node’s label under it in at most two lines and keeps the whole label for its tooltip', () => {
    const cy = canvas();
    syncElements(cy, opinion, 'zh', plain(opinion));
    const policy = cy.getElementById('p');
    expect(policy.style('label')).toBe('关于促进数据标注产业高质\n量发展的实施意见');
    expect(policy.data('label')).toBe('关于促进数据标注产业高质量发展的实施意见');
  });

  it('adds only what is new and leaves the nodes already placed where they are', () => {
    const cy = canvas();
    syncElements(cy, opinion, 'zh', plain(opinion));
    const bureau = cy.getElementById('a1');
    bureau.position({ x: 500, y: -200 });
    const result = syncElements(cy, both, 'zh', plain(both));
    expect(result).toEqual({ added: ['p2'], removed: 0, layered: false });
    expect(cy.getElementById('a1')).toBe(bureau);
    expect(bureau.position()).toEqual({ x: 500, y: -200 });
    // The new document starts next to the bureau that brought it.
    const p2 = cy.getElementById('p2').position();
    expect(Math.hypot(p2.x - 500, p2.y + 200)).toBeCloseTo(60);
  });

  it('removes what left the graph, edges included', () => {
    const cy = canvas();
    syncElements(cy, both, 'zh', plain(both));
    const withoutBureau = buildGraph([focus, expand], answers, new Set(['a1']));
    const result = syncElements(cy, withoutBureau, 'zh', plain(withoutBureau));
    expect(result.added).toEqual([]);
    expect(result.removed).toBe(4);
    expect(cy.getElementById('a1').empty()).toBe(true);
  });

  it('draws plain edges and names only emphasised nodes once there are more than BULK_EDGES edges', () => {
    const cy = canvas();
    syncElements(cy, opinion, 'zh', plain(opinion));
    expect(cy.getElementById('p-ISSUED_BY-a1').style('curve-style')).toBe('bezier');
    // Few nodes (not a large graph), each metric measuring five of them: many edges.
    const metrics = Array.from({ length: BULK_EDGES / 4 }, (_, i) => node(`m${i}`, 'Metric', `算力规模${i}`));
    const measured = ['cn', 'p', 'a0', 'a1', 'a2'];
    const many = metrics.flatMap((m) => measured.map((target) => edge('MEASURES', m.id, target)));
    const graph = withNodesAndEdges(metrics, many);
    expect(graph.nodes.size).toBeLessThanOrEqual(LARGE_GRAPH);
    syncElements(cy, graph, 'zh', plain(graph));
    expect(cy.getElementById('p-ISSUED_BY-a1').style('curve-style')).toBe('haystack');
    expect(cy.getElementById('p-ISSUED_BY-a1').style('label')).toBe('');
    // Only emphasised nodes keep their names.
    expect(cy.getElementById('a1').style('label')).toBe('');
    cy.getElementById('a1').addClass('near');
    expect(cy.getElementById('a1').style('label')).toBe('国家数据局');
  });
});

describe('large graphs', () => {
  const metrics = Array.from({ length: LARGE_GRAPH }, (_, i) => node(`m${i}`, 'Metric', `算力规模${i}`));
  const large = withNodesAndEdges(
    metrics,
    metrics.map((m) => edge('MEASURES', m.id, 'cn')),
  );

  it('leaves their edges to the edge layer and takes them back when the graph shrinks', () => {
    const cy = canvas();
    syncElements(cy, opinion, 'zh', plain(opinion));
    expect(cy.edges().length).toBe(5);
    const result = syncElements(cy, large, 'zh', plain(large));
    expect(result.layered).toBe(true);
    expect(result.added).toHaveLength(LARGE_GRAPH);
    expect(cy.nodes().length).toBe(large.nodes.size);
    expect(cy.edges().length).toBe(0);
    // Bulk look: names only on emphasised nodes.
    expect(cy.getElementById('a1').style('label')).toBe('');
    expect(syncElements(cy, opinion, 'zh', plain(opinion)).layered).toBe(false);
    expect(
      cy
        .edges()
        .map((e) => e.id())
        .sort(),
    ).toEqual([...opinion.edges.keys()].sort());
  });

  it('counts what is shown: filtering a large graph below the threshold brings its edges back', () => {
    const cy = canvas();
    const shown = buildGraph([focus], answers, new Set());
    expect(syncElements(cy, large, 'zh', { ...plain(large), visible: shown }).layered).toBe(false);
    expect(cy.edges().length).toBe(large.edges.size);
  });

  it('starts a new node next to a neighbour it has in the graph, though the canvas has no edges', () => {
    const cy = canvas();
    syncElements(cy, large, 'zh', plain(large));
    cy.getElementById('cn').position({ x: -300, y: 400 });
    const grown = withNodesAndEdges(
      [...metrics, node('extra', 'Metric', '新指标')],
      [...large.edges.values(), edge('MEASURES', 'extra', 'cn')],
    );
    expect(syncElements(cy, grown, 'zh', plain(grown)).added).toEqual(['extra']);
    const extra = cy.getElementById('extra').position();
    expect(Math.hypot(extra.x + 300, extra.y - 400)).toBeCloseTo(60);
  });
  it('opens the many new neighbours of one node into a disc around it, none on another', () => {
    const cy = canvas();
    syncElements(cy, large, 'zh', plain(large));
    cy.getElementById('a3').position({ x: 1000, y: 1000 });
    const targets = Array.from({ length: 150 }, (_, i) => node(`t${i}`, 'Metric', `目标${i}`));
    const grown = withNodesAndEdges(
      [...metrics, ...targets],
      [...large.edges.values(), ...targets.map((t) => edge('SETS_TARGET', 'a3', t.id))],
    );
    syncElements(cy, grown, 'zh', plain(grown));
    const points = targets.map((t) => cy.getElementById(t.id).position());
    const gaps = points.flatMap((p, i) => points.slice(i + 1).map((q) => Math.hypot(p.x - q.x, p.y - q.y)));
    expect(Math.min(...gaps)).toBeGreaterThan(40);
    const reach = Math.max(...points.map((p) => Math.hypot(p.x - 1000, p.y - 1000)));
    expect(reach).toBeLessThan(60 * Math.sqrt(150) + 1);
  });
});

describe('what is shown, dimmed and pinned', () => {
  const filtered = buildGraph([focus], answers, new Set(['cn']));
  const focused: CanvasView = {
    visible: filtered,
    emphasis: new Set(['p', 'a0', 'p-ISSUED_BY-a0']),
    pinned: new Set(['a2']),
    path: null,
  };

  it('hides filtered elements, dims all but the emphasis, locks pinned nodes', () => {
    const cy = canvas();
    syncElements(cy, opinion, 'zh', plain(opinion));
    applyView(cy, focused);
    expect(cy.getElementById('cn').hasClass('hidden')).toBe(true);
    expect(cy.getElementById('cn').style('display')).toBe('none');
    expect(cy.getElementById('a1').hasClass('dimmed')).toBe(true);
    expect(cy.getElementById('a0').hasClass('dimmed')).toBe(false);
    expect(cy.getElementById('a0').hasClass('near')).toBe(true);
    expect(cy.getElementById('a2').locked()).toBe(true);
    applyView(cy, plain(opinion));
    expect(cy.elements('.dimmed, .hidden, .near, .pinned').length).toBe(0);
    expect(cy.getElementById('a2').locked()).toBe(false);
  });

  it('gives new elements their classes as they arrive, the same as a later change would', () => {
    const arrived = canvas();
    syncElements(arrived, opinion, 'zh', focused);
    const changed = canvas();
    syncElements(changed, opinion, 'zh', plain(opinion));
    applyView(changed, focused);
    const classes = (cy: ReturnType<typeof canvas>) =>
      cy
        .elements()
        .map((el) => `${el.id()}: ${[...el.classes()].sort().join(' ')} ${el.isNode() && el.locked()}`);
    expect(classes(arrived)).toEqual(classes(changed));
  });

  it('marks a path so it stays bold among dimmed elements', () => {
    const cy = canvas();
    syncElements(cy, opinion, 'zh', plain(opinion));
    const path = new Set(['p', 'a1', 'p-ISSUED_BY-a1']);
    applyView(cy, { ...plain(opinion), emphasis: path, path });
    expect(cy.elements('.path').map((el) => el.id())).toEqual(['p', 'a1', 'p-ISSUED_BY-a1']);
    expect(cy.getElementById('p-ISSUED_BY-a1').style('width')).toBe('4px');
    applyView(cy, plain(opinion));
    expect(cy.elements('.path').length).toBe(0);
  });
});
