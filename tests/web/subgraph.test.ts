import { describe, expect, it } from 'vitest';
import { buildGraph, lastPath, neighbourhoodOf, type Step, stepKey } from '../../web/src/lib/subgraph.ts';
import { bureauNeighbourhood, edge, node, opinionNeighbourhood, subgraph } from './sample-graph.ts';

const focus: Step = { kind: 'expand', id: 'p', relations: [] };
const expandBureau: Step = { kind: 'expand', id: 'a1', relations: [] };
const answers = new Map([
  [stepKey(focus), opinionNeighbourhood],
  [stepKey(expandBureau), bureauNeighbourhood],
]);

describe('the graph a view builds from its steps', () => {
  it('holds the focused policy with its four issuing agencies', () => {
    const graph = buildGraph([focus], answers, new Set());
    expect([...graph.nodes.values()].filter((n) => n.type === 'Agency').map((n) => n.name)).toEqual([
      '国家发展和改革委员会',
      '国家数据局',
      '财政部',
      '人力资源和社会保障部',
    ]);
    expect(graph.edges.size).toBe(5);
  });

  it('merges an expansion into what is there, each node once', () => {
    const graph = buildGraph([focus, expandBureau], answers, new Set());
    expect(graph.nodes.size).toBe(7);
    expect(graph.nodes.has('p2')).toBe(true);
    expect(graph.edges.has('p2-ISSUED_BY-a1')).toBe(true);
  });

  it('drops a removed node together with its edges', () => {
    const graph = buildGraph([focus, expandBureau], answers, new Set(['a1']));
    expect(graph.nodes.has('a1')).toBe(false);
    expect([...graph.edges.values()].some((e) => e.source === 'a1' || e.target === 'a1')).toBe(false);
  });

  it('adds a related policy with only its edges to nodes already shown', () => {
    const add: Step = { kind: 'add', id: 'p3' };
    const related = subgraph(
      [
        node('p3', 'Policy', '公共数据资源登记管理暂行办法'),
        node('a0', 'Agency', '国家发展和改革委员会'),
        node('x', 'Agency', '某某局'),
      ],
      [edge('ISSUED_BY', 'p3', 'a0'), edge('ISSUED_BY', 'p3', 'x')],
    );
    const graph = buildGraph([focus, add], new Map([...answers, [stepKey(add), related]]), new Set());
    expect(graph.nodes.has('p3')).toBe(true);
    expect(graph.nodes.has('x')).toBe(false);
    expect(graph.edges.has('p3-ISSUED_BY-a0')).toBe(true);
  });

  it('skips steps whose answer has not arrived', () => {
    expect(
      buildGraph([expandBureau, { kind: 'expand', id: 'zz', relations: [] }], answers, new Set()).nodes.size,
    ).toBe(3);
  });
});

describe('highlights', () => {
  it('takes the elements of the last path found', () => {
    const path: Step = { kind: 'path', from: 'p', to: 'p2' };
    const found = subgraph(
      [node('p', 'Policy', 'x'), node('a1', 'Agency', '国家数据局'), node('p2', 'Policy', 'y')],
      [edge('ISSUED_BY', 'p', 'a1'), edge('ISSUED_BY', 'p2', 'a1')],
    );
    const ids = lastPath([focus, path], new Map([...answers, [stepKey(path), found]]));
    expect(ids).toEqual(new Set(['p', 'a1', 'p2', 'p-ISSUED_BY-a1', 'p2-ISSUED_BY-a1']));
    expect(lastPath([focus], answers)).toBeNull();
  });

  it('takes a node with its edges and neighbours for a selection', () => {
    const graph = buildGraph([focus, expandBureau], answers, new Set());
    expect(neighbourhoodOf(graph, 'p2')).toEqual(new Set(['p2', 'a1', 'p2-ISSUED_BY-a1']));
  });

  it('takes an edge with its two ends for a selection, not the other edges of its ends', () => {
    const graph = buildGraph([focus, expandBureau], answers, new Set());
    expect(neighbourhoodOf(graph, 'p2-ISSUED_BY-a1')).toEqual(new Set(['p2-ISSUED_BY-a1', 'p2', 'a1']));
  });
});
