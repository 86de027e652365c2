/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 节点类型 / The kinds of node in the graph. */
export type NodeType =
  /** 机构：发文、发布或牵头的单位 / A body that issues or publishes */
  | 'Agency'
  /** 文章 / A news article */
  | 'Article'
  /** 工程、计划、试点等 / A named programme, project or pilot */
  | 'Initiative'
  /** 期刊的一期 / A newsletter issue */
  | 'Issue'
  /** 指标：目标或实际数值 / A quantitative target or result */
  | 'Metric'
  /** 政策文件：法规、办法、方案、意见、报告… / A named document */
  | 'Policy'
  /** 地区：行政区或国家 / An administrative area or country */
  | 'Region';

/** 关系类型 / The kinds of extracted relation. */
export type RelationType =
  /** 修订 / Policy → the policy it revises */
  | 'AMENDS'
  /** 适用地区 / Policy → the region it governs */
  | 'APPLIES_TO'
  /** 依据 / Policy → its legal basis */
  | 'BASED_ON'
  /** 实施 / Policy → the initiative or policy it carries out */
  | 'IMPLEMENTS'
  /** 发文机关 / Policy → the agency that issued it */
  | 'ISSUED_BY'
  /** 所在地区 / Agency → its jurisdiction */
  | 'LOCATED_IN'
  /** 衡量对象 / Metric → what the figure is about */
  | 'MEASURES'
  /** 隶属 / Region → the region it is part of */
  | 'PART_OF'
  /** 设定目标 / Policy → a target figure it sets */
  | 'SETS_TARGET';

export type SubgraphPartsFragment = { truncated: boolean, nodes: Array<{ id: string, key: string, type: NodeType, name: string, label: string, date: string | null, status: string | null, region: string | null }>, edges: Array<{ id: string, type: RelationType, source: string, target: string, evidenceCount: number }> };

export type SearchQueryVariables = Exact<{
  text: string;
  types?: Array<NodeType> | NodeType | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, highlight: string, node:
      | { id: string, key: string, type: NodeType, label: string }
      | { id: string, key: string, type: NodeType, label: string }
      | { id: string, key: string, type: NodeType, label: string, measures: Array<
          | { label: string }
          | { label: string }
          | { label: string }
          | { label: string }
          | { label: string }
        > }
      | { id: string, key: string, type: NodeType, label: string }
      | { id: string, key: string, type: NodeType, label: string }
     }> };

export type NeighborhoodQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  depth?: number | null | undefined;
  nodeTypes?: Array<NodeType> | NodeType | null | undefined;
  relationTypes?: Array<RelationType> | RelationType | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, key: string, type: NodeType, name: string, label: string, date: string | null, status: string | null, region: string | null }>, edges: Array<{ id: string, type: RelationType, source: string, target: string, evidenceCount: number }> } };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxLength?: number | null | undefined;
}>;


export type PathsQuery = { paths: { truncated: boolean, nodes: Array<{ id: string, key: string, type: NodeType, name: string, label: string, date: string | null, status: string | null, region: string | null }>, edges: Array<{ id: string, type: RelationType, source: string, target: string, evidenceCount: number }> } };

export type DetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type DetailsQuery = { node:
    | { kind: string | null, id: string, key: string, type: NodeType, name: string, label: string, aliases: Array<string>, mentions: Array<{ sentence: string, start: number, end: number, article: { key: string, title: string, date: string | null, source: string | null, url: string | null } }> }
    | { id: string, key: string, type: NodeType, name: string, label: string, aliases: Array<string>, mentions: Array<{ sentence: string, start: number, end: number, article: { key: string, title: string, date: string | null, source: string | null, url: string | null } }> }
    | { value: number | null, unit: string | null, year: number | null, kind: string | null, qualifier: string | null, id: string, key: string, type: NodeType, name: string, label: string, aliases: Array<string>, mentions: Array<{ sentence: string, start: number, end: number, article: { key: string, title: string, date: string | null, source: string | null, url: string | null } }> }
    | { docType: string | null, status: string | null, number: string | null, date: string | null, id: string, key: string, type: NodeType, name: string, label: string, aliases: Array<string>, mentions: Array<{ sentence: string, start: number, end: number, article: { key: string, title: string, date: string | null, source: string | null, url: string | null } }> }
    | { code: string | null, level: string | null, id: string, key: string, type: NodeType, name: string, label: string, aliases: Array<string>, mentions: Array<{ sentence: string, start: number, end: number, article: { key: string, title: string, date: string | null, source: string | null, url: string | null } }> }
   };

export type AgencyChainQueryVariables = Exact<{
  id: string | number;
}>;


export type AgencyChainQuery = { node:
    | { __typename: 'Agency', id: string, region: { id: string, label: string } | null, issued: { edges: Array<{ node: { id: string, label: string, date: string | null } }> } }
    | { __typename: 'Initiative', id: string }
    | { __typename: 'Metric', id: string }
    | { __typename: 'Policy', id: string }
    | { __typename: 'Region', id: string }
   };

export type PolicyChainQueryVariables = Exact<{
  id: string | number;
}>;


export type PolicyChainQuery = { node:
    | { __typename: 'Agency', id: string }
    | { __typename: 'Initiative', id: string }
    | { __typename: 'Metric', id: string }
    | { __typename: 'Policy', id: string, issuedBy: Array<{ id: string, label: string }>, implements: Array<
        | { id: string, label: string, type: NodeType }
        | { id: string, label: string, type: NodeType }
        | { id: string, label: string, type: NodeType }
        | { id: string, label: string, type: NodeType }
        | { id: string, label: string, type: NodeType }
      >, implementedBy: Array<{ id: string, label: string, date: string | null }>, basedOn: Array<{ id: string, label: string, date: string | null }>, amends: Array<{ id: string, label: string, date: string | null }>, amendedBy: Array<{ id: string, label: string, date: string | null }> }
    | { __typename: 'Region', id: string }
   };

export type RegionChainQueryVariables = Exact<{
  id: string | number;
}>;


export type RegionChainQuery = { node:
    | { __typename: 'Agency', id: string }
    | { __typename: 'Initiative', id: string }
    | { __typename: 'Metric', id: string }
    | { __typename: 'Policy', id: string }
    | { __typename: 'Region', id: string, parent: { id: string, label: string } | null, agencies: Array<{ id: string, label: string }>, policies: { edges: Array<{ node: { id: string, label: string, date: string | null } }> } }
   };

export type InitiativeChainQueryVariables = Exact<{
  id: string | number;
}>;


export type InitiativeChainQuery = { node:
    | { __typename: 'Agency', id: string }
    | { __typename: 'Initiative', id: string, implementedBy: Array<{ id: string, label: string, date: string | null }> }
    | { __typename: 'Metric', id: string }
    | { __typename: 'Policy', id: string }
    | { __typename: 'Region', id: string }
   };

export type RelatedQueryVariables = Exact<{
  policy: string | number;
  first?: number | null | undefined;
}>;


export type RelatedQuery = { related: Array<{ score: number, reasons: Array<string>, policy: { id: string, key: string, label: string, date: string | null, status: string | null } }> };

export type TimelineQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type TimelineQuery = { timeline: Array<{ id: string, name: string, date: string | null }> };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { articles: number, nodes: Array<{ type: string, count: number }> } };

export type EvidencePartsFragment = { sentence: string, start: number, end: number, article: { key: string, title: string, date: string | null, source: string | null, url: string | null } };

export type RelationQueryVariables = Exact<{
  source: string | number;
  type: RelationType;
  target: string | number;
}>;


export type RelationQuery = { relation: { type: RelationType, evidenceCount: number, evidence: Array<{ sentence: string, start: number, end: number, article: { key: string, title: string, date: string | null, source: string | null, url: string | null } }> } | null, from:
    | { id: string, type: NodeType, name: string, label: string, aliases: Array<string> }
    | { id: string, type: NodeType, name: string, label: string, aliases: Array<string> }
    | { id: string, type: NodeType, name: string, label: string, aliases: Array<string> }
    | { id: string, type: NodeType, name: string, label: string, aliases: Array<string> }
    | { id: string, type: NodeType, name: string, label: string, aliases: Array<string> }
  , to:
    | { id: string, type: NodeType, name: string, label: string, aliases: Array<string> }
    | { id: string, type: NodeType, name: string, label: string, aliases: Array<string> }
    | { id: string, type: NodeType, name: string, label: string, aliases: Array<string> }
    | { id: string, type: NodeType, name: string, label: string, aliases: Array<string> }
    | { id: string, type: NodeType, name: string, label: string, aliases: Array<string> }
   };

export type ImportsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ImportsQuery = { imports: { edges: Array<{ node: { id: string, command: string, inputs: Array<string>, startedAt: string, endedAt: string | null, files: number, new: number, updated: number, unchanged: number, failed: number, nodesCreated: number, relationsCreated: number, error: string | null, refused: Array<{ file: string, article: string | null, reason: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RunGraphQueryVariables = Exact<{
  id: string | number;
  limit?: number | null | undefined;
}>;


export type RunGraphQuery = { importRun: { id: string, graph: { truncated: boolean, nodes: Array<{ id: string, key: string, type: NodeType, name: string, label: string, date: string | null, status: string | null, region: string | null }>, edges: Array<{ id: string, type: RelationType, source: string, target: string, evidenceCount: number }> } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SubgraphPartsFragmentDoc = new TypedDocumentString(`
    fragment SubgraphParts on Subgraph {
  nodes {
    id
    key
    type
    name
    label
    date
    status
    region
  }
  edges {
    id
    type
    source
    target
    evidenceCount
  }
  truncated
}
    `, {"fragmentName":"SubgraphParts"}) as unknown as TypedDocumentString<SubgraphPartsFragment, unknown>;
export const EvidencePartsFragmentDoc = new TypedDocumentString(`
    fragment EvidenceParts on Evidence {
  sentence
  start
  end
  article {
    key
    title
    date
    source
    url
  }
}
    `, {"fragmentName":"EvidenceParts"}) as unknown as TypedDocumentString<EvidencePartsFragment, unknown>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $types: [NodeType!], $first: Int) {
  search(text: $text, types: $types, first: $first) {
    score
    highlight
    node {
      id
      key
      type
      label
      ... on Metric {
        measures {
          label
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($ids: [ID!]!, $depth: Int, $nodeTypes: [NodeType!], $relationTypes: [RelationType!], $limit: Int) {
  neighborhood(
    ids: $ids
    depth: $depth
    nodeTypes: $nodeTypes
    relationTypes: $relationTypes
    limit: $limit
  ) {
    ...SubgraphParts
  }
}
    fragment SubgraphParts on Subgraph {
  nodes {
    id
    key
    type
    name
    label
    date
    status
    region
  }
  edges {
    id
    type
    source
    target
    evidenceCount
  }
  truncated
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const PathsDocument = new TypedDocumentString(`
    query Paths($from: ID!, $to: ID!, $maxLength: Int) {
  paths(from: $from, to: $to, maxLength: $maxLength) {
    ...SubgraphParts
  }
}
    fragment SubgraphParts on Subgraph {
  nodes {
    id
    key
    type
    name
    label
    date
    status
    region
  }
  edges {
    id
    type
    source
    target
    evidenceCount
  }
  truncated
}`) as unknown as TypedDocumentString<PathsQuery, PathsQueryVariables>;
export const DetailsDocument = new TypedDocumentString(`
    query Details($id: ID!) {
  node(id: $id) {
    id
    key
    type
    name
    label
    aliases
    mentions(first: 30) {
      ...EvidenceParts
    }
    ... on Agency {
      kind
    }
    ... on Policy {
      docType
      status
      number
      date
    }
    ... on Region {
      code
      level
    }
    ... on Metric {
      value
      unit
      year
      kind
      qualifier
    }
  }
}
    fragment EvidenceParts on Evidence {
  sentence
  start
  end
  article {
    key
    title
    date
    source
    url
  }
}`) as unknown as TypedDocumentString<DetailsQuery, DetailsQueryVariables>;
export const AgencyChainDocument = new TypedDocumentString(`
    query AgencyChain($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Agency {
      region {
        id
        label
      }
      issued(first: 100, orderBy: DATE_ASC) {
        edges {
          node {
            id
            label
            date
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgencyChainQuery, AgencyChainQueryVariables>;
export const PolicyChainDocument = new TypedDocumentString(`
    query PolicyChain($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Policy {
      issuedBy {
        id
        label
      }
      implements {
        id
        label
        type
      }
      implementedBy {
        id
        label
        date
      }
      basedOn {
        id
        label
        date
      }
      amends {
        id
        label
        date
      }
      amendedBy {
        id
        label
        date
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyChainQuery, PolicyChainQueryVariables>;
export const RegionChainDocument = new TypedDocumentString(`
    query RegionChain($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Region {
      parent {
        id
        label
      }
      agencies {
        id
        label
      }
      policies(first: 100, includeDescendants: true, orderBy: DATE_ASC) {
        edges {
          node {
            id
            label
            date
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegionChainQuery, RegionChainQueryVariables>;
export const InitiativeChainDocument = new TypedDocumentString(`
    query InitiativeChain($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Initiative {
      implementedBy(transitive: true) {
        id
        label
        date
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InitiativeChainQuery, InitiativeChainQueryVariables>;
export const RelatedDocument = new TypedDocumentString(`
    query Related($policy: ID!, $first: Int) {
  related(policy: $policy, first: $first) {
    score
    reasons
    policy {
      id
      key
      label
      date
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RelatedQuery, RelatedQueryVariables>;
export const TimelineDocument = new TypedDocumentString(`
    query Timeline($from: String, $to: String) {
  timeline(from: $from, to: $to) {
    id
    name
    date
  }
}
    `) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;
export const StatsDocument = new TypedDocumentString(`
    query Stats {
  stats {
    nodes {
      type
      count
    }
    articles
  }
}
    `) as unknown as TypedDocumentString<StatsQuery, StatsQueryVariables>;
export const RelationDocument = new TypedDocumentString(`
    query Relation($source: ID!, $type: RelationType!, $target: ID!) {
  relation(source: $source, type: $type, target: $target) {
    type
    evidenceCount
    evidence(first: 30) {
      ...EvidenceParts
    }
  }
  from: node(id: $source) {
    id
    type
    name
    label
    aliases
  }
  to: node(id: $target) {
    id
    type
    name
    label
    aliases
  }
}
    fragment EvidenceParts on Evidence {
  sentence
  start
  end
  article {
    key
    title
    date
    source
    url
  }
}`) as unknown as TypedDocumentString<RelationQuery, RelationQueryVariables>;
export const ImportsDocument = new TypedDocumentString(`
    query Imports($first: Int, $after: String) {
  imports(first: $first, after: $after) {
    edges {
      node {
        id
        command
        inputs
        startedAt
        endedAt
        files
        new
        updated
        unchanged
        failed
        nodesCreated
        relationsCreated
        error
        refused {
          file
          article
          reason
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ImportsQuery, ImportsQueryVariables>;
export const RunGraphDocument = new TypedDocumentString(`
    query RunGraph($id: ID!, $limit: Int) {
  importRun(id: $id) {
    id
    graph(limit: $limit) {
      ...SubgraphParts
    }
  }
}
    fragment SubgraphParts on Subgraph {
  nodes {
    id
    key
    type
    name
    label
    date
    status
    region
  }
  edges {
    id
    type
    source
    target
    evidenceCount
  }
  truncated
}`) as unknown as TypedDocumentString<RunGraphQuery, RunGraphQueryVariables>;