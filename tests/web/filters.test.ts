import { describe, expect, it } from 'vitest';
import { isFiltering, NO_FILTERS, nodePasses, visiblePart } from '../../web/src/lib/filters.ts';
import { buildGraph, stepKey } from '../../web/src/lib/subgraph.ts';
import { expandStep, node, opinionNeighbourhood } from './sample-graph.ts';

const policy = node('p', 'Policy', '贵州省数据流通交易管理办法', {
  date: '2025-01-13',
  status: 'final',
  region: '贵州省',
});
const agency = node('a', 'Agency', '贵州省大数据发展管理局', { region: '贵州省' });

describe('filters', () => {
  it('let everything through when empty', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(nodePasses(policy, NO_FILTERS)).toBe(true);
  });

  it('keep only the chosen node types', () => {
    const filters = { ...NO_FILTERS, nodeTypes: ['Agency' as const] };
    expect(nodePasses(agency, filters)).toBe(true);
    expect(nodePasses(policy, filters)).toBe(false);
  });

  it('compare dates of different precision by their common prefix', () => {
    expect(nodePasses(policy, { ...NO_FILTERS, from: '2025-01', to: '2025-01' })).toBe(true);
    expect(nodePasses(policy, { ...NO_FILTERS, to: '2024-12-31' })).toBe(false);
    expect(nodePasses(policy, { ...NO_FILTERS, from: '2025-02' })).toBe(false);
    // Undated nodes are not filtered out by a date range.
    expect(nodePasses(agency, { ...NO_FILTERS, from: '2030-01' })).toBe(true);
  });

  it('match a region by part of its name, and a status only on policies', () => {
    expect(nodePasses(agency, { ...NO_FILTERS, region: '贵州' })).toBe(true);
    expect(nodePasses(agency, { ...NO_FILTERS, region: '浙江' })).toBe(false);
    expect(nodePasses(policy, { ...NO_FILTERS, status: 'draft' })).toBe(false);
    expect(nodePasses(agency, { ...NO_FILTERS, status: 'draft' })).toBe(true);
  });

  it('drop the edges of hidden nodes and of unchosen relation types', () => {
    const step = expandStep('p');
    const graph = buildGraph([step], new Map([[stepKey(step), opinionNeighbourhood]]), new Set());
    const shown = visiblePart(graph, { ...NO_FILTERS, relationTypes: ['ISSUED_BY'] }, new Set(['a0']));
    expect(shown.nodes.has('a0')).toBe(false);
    expect([...shown.edges.values()].map((e) => e.target)).toEqual(['a1', 'a2', 'a3']);
  });
});
