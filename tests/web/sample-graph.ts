// A small piece of the sample's graph as the API returns it: the 数据标注 opinion, its four issuers
// and where they sit. Ids are opaque to the web app, so short readable ones serve.
import type { GraphEdge, GraphNode, Step, Subgraph } from '../../web/src/lib/subgraph.ts';

export const POLICY = '关于促进数据标注产业高质量发展的实施意见';
export const ISSUERS = ['国家发展和改革委员会', '国家数据局', '财政部', '人力资源和社会保障部'];

export function node(
  id: string,
  type: GraphNode['type'],
  name: string,
  extra: Partial<GraphNode> = {},
): GraphNode {
  return {
    id,
    key: `${type}:${name}`,
    type,
    name,
    label: name,
    date: null,
    status: null,
    region: null,
    ...extra,
  };
}

export function edge(type: GraphEdge['type'], source: string, target: string): GraphEdge {
  return { id: `${source}-${type}-${target}`, type, source, target, evidenceCount: 1 };
}

export function subgraph(nodes: GraphNode[], edges: GraphEdge[]): Subgraph {
  return { nodes, edges, truncated: false };
}

/** The opinion's neighbourhood: the policy, its four issuers and the country it applies to. */
export const opinionNeighbourhood = subgraph(
  [
    node('p', 'Policy', POLICY, { date: '2025-01-13', status: 'final', region: '中国' }),
    ...ISSUERS.map((name, i) => node(`a${i}`, 'Agency', name, { region: '中国' })),
    node('cn', 'Region', '中国'),
  ],
  [...ISSUERS.map((_, i) => edge('ISSUED_BY', 'p', `a${i}`)), edge('APPLIES_TO', 'p', 'cn')],
);

/** The data bureau's neighbourhood: another document it issued. */
export const bureauNeighbourhood = subgraph(
  [
    node('a1', 'Agency', '国家数据局', { region: '中国' }),
    node('p2', 'Policy', '“数据要素×”三年行动计划（2024—2026年）', { date: '2024-01-04', status: 'final' }),
    node('cn', 'Region', '中国'),
  ],
  [edge('ISSUED_BY', 'p2', 'a1'), edge('LOCATED_IN', 'a1', 'cn')],
);

/** The step of expanding `id` over every relation type. */
export function expandStep(id: string): Step {
  return { kind: 'expand', id, relations: [] };
}
