// The closed vocabulary of Zhengtu's graph, shared by importers, the API and the web explorer.
// Labels and relationship types are only ever taken from these tuples, never built from input.

export const ENTITY_TYPES = ['Agency', 'Policy', 'Region', 'Initiative', 'Metric'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Where text comes from: an article, and the newsletter issue it was published in. */
export const SOURCE_TYPES = ['Article', 'Issue'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const NODE_TYPES = [...ENTITY_TYPES, ...SOURCE_TYPES] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const RELATION_TYPES = [
  'ISSUED_BY',
  'APPLIES_TO',
  'IMPLEMENTS',
  'AMENDS',
  'BASED_ON',
  'SETS_TARGET',
  'MEASURES',
  'LOCATED_IN',
  'PART_OF',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations between an article and what it contains, kept apart from the extracted facts. */
export const PROVENANCE_TYPES = ['MENTIONS', 'PUBLISHED_IN'] as const;
export type ProvenanceType = (typeof PROVENANCE_TYPES)[number];

export const EDGE_TYPES = [...RELATION_TYPES, ...PROVENANCE_TYPES] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

/**
 * The record of the imports themselves, apart from what they read: each run is an ImportRun node
 * linked to the articles it brought (new or changed). Not a node of the explored graph.
 */
export const RUN_LABEL = 'ImportRun';
export const BROUGHT = 'BROUGHT';

/** A run's identity: `ImportRun:<uuid>`. */
export type RunKey = `${typeof RUN_LABEL}:${string}`;

export function isRunKey(key: string): key is RunKey {
  return key.startsWith(`${RUN_LABEL}:`) && key.length > RUN_LABEL.length + 1;
}

/** An input a run did not take: the file, the article when it was one of several, and why. */
export interface Refusal {
  file: string;
  article?: string;
  reason: string;
}

/** What an import did, as the graph keeps it (graph/import/runs.ts writes it). */
export interface ImportRun {
  key: RunKey;
  /** The entry that ran it: `zhengtu import`, `zhengtu start`, `importArticles` */
  command: string;
  /** The paths it was given (none for articles sent to the API) */
  inputs: string[];
  /** ISO instants; a run without an end was interrupted */
  startedAt: string;
  endedAt: string | null;
  files: number;
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  nodesCreated: number;
  relationsCreated: number;
  refused: Refusal[];
  /** Why the run stopped short, when it did */
  error: string | null;
}

/** Which node types each relation may join (docs/annotation.md, "Relation types"). */
export const RELATION_ENDS: Record<RelationType, { from: EntityType[]; to: EntityType[] }> = {
  ISSUED_BY: { from: ['Policy'], to: ['Agency'] },
  APPLIES_TO: { from: ['Policy'], to: ['Region'] },
  IMPLEMENTS: { from: ['Policy'], to: ['Initiative', 'Policy'] },
  AMENDS: { from: ['Policy'], to: ['Policy'] },
  BASED_ON: { from: ['Policy'], to: ['Policy'] },
  SETS_TARGET: { from: ['Policy'], to: ['Metric'] },
  MEASURES: { from: ['Metric'], to: ['Region', 'Initiative', 'Agency'] },
  LOCATED_IN: { from: ['Agency'], to: ['Region'] },
  PART_OF: { from: ['Region'], to: ['Region'] },
};

/**
 * One value for each label or type of a tuple above: how the static maps from a label to its
 * Cypher text are built, so that labels and types in Cypher only ever come from this vocabulary.
 */
export function forEachType<T extends string, V>(types: readonly T[], make: (type: T) => V): Record<T, V> {
  return Object.fromEntries(types.map((type) => [type, make(type)])) as Record<T, V>;
}

/** A node's stable identity: `Type:canonical name`, e.g. `Agency:国家数据局`. */
export type NodeKey = `${NodeType}:${string}`;

export function nodeKey(type: NodeType, name: string): NodeKey {
  return `${type}:${name}`;
}

export function parseKey(key: string): { type: NodeType; name: string } {
  const colon = key.indexOf(':');
  const type = key.slice(0, colon) as NodeType;
  if (colon < 1 || !NODE_TYPES.includes(type)) throw new Error(`not a node key: ${key}`);
  return { type, name: key.slice(colon + 1) };
}

/**
 * Metrics share names (算力规模) across subjects and years, so their key also holds the
 * subject, the year and the figure: `Metric:贵州省·算力规模@2025=150EFlops`.
 */
export function metricKey(name: string, props: MetricProps, subject?: string): NodeKey {
  const about = subject ? `${subject}·` : '';
  return `Metric:${about}${name}@${props.year ?? '-'}=${props.value}${props.unit}`;
}

// ---- Type-specific properties -------------------------------------------------------------

export const AGENCY_KINDS = [
  'government',
  'party',
  'court',
  'procuratorate',
  'legislature',
  'association',
  'institute',
  'company',
  'foreign',
  'other',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const REGION_LEVELS = [
  'country',
  'province',
  'prefecture',
  'county',
  'township',
  'village',
  'area',
  'subdivision',
] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const POLICY_STATUSES = ['draft', 'consultation', 'review', 'trial', 'final'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

export const METRIC_KINDS = ['target', 'actual'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

export interface AgencyProps {
  kind?: AgencyKind;
}
export interface PolicyProps {
  /** 意见, 方案, 计划, 办法, 规定, 细则, 条例, 法, 报告, 法案 … */
  docType?: string;
  status?: PolicyStatus;
  /** 文号, e.g. 黑工信信软联发〔2022〕25号 */
  number?: string;
  /** ISO date (YYYY-MM-DD or YYYY-MM) the document was issued */
  date?: string;
}
export interface RegionProps {
  /** GB/T 2260 code for Chinese divisions, ISO 3166 alpha-2 for countries */
  code?: string;
  level?: RegionLevel;
}
export type InitiativeProps = Record<string, never>;
export interface MetricProps {
  value: number;
  unit: string;
  year?: number;
  kind?: MetricKind;
  /** 超过, 突破, 达到, 以上 … */
  qualifier?: string;
}

export interface PropsByType {
  Agency: AgencyProps;
  Policy: PolicyProps;
  Region: RegionProps;
  Initiative: InitiativeProps;
  Metric: MetricProps;
}

// ---- Articles and what extraction finds in them ----------------------------------------------

/** The newsletter issue an article was published in. */
export interface IssueInfo {
  /** 大数据发展动态 */
  publication: string;
  /** ISO date of the issue */
  date?: string;
  /** 第2期 */
  number?: number;
  /** 总第215期 */
  serial?: number;
}

/** One article as a source reads it, before extraction. */
export interface Article {
  title: string;
  /** The article body, clean of page furniture; evidence offsets index into it. */
  text: string;
  /** The newsletter's section (国策要论) */
  section?: string;
  /** 来源：… */
  source?: string;
  url?: string;
  /** ISO date of publication */
  date?: string;
  issue?: IssueInfo;
  /** The file the article was read from */
  file: string;
}

/** Where a fact was read: the sentence of the article, and the mention's characters in its text. */
export interface Evidence {
  /** The article's key */
  article: NodeKey;
  sentence: string;
  /** Offsets of the mention (or the sentence) in the article's text, end exclusive */
  start: number;
  end: number;
}

export interface Entity<T extends EntityType = EntityType> {
  key: NodeKey;
  type: T;
  name: string;
  aliases: string[];
  props: PropsByType[T];
  evidence: Evidence[];
  /** Regions: the regions it lies in, parent first up to its country, as the gazetteer gives them */
  ancestors?: RegionLink[];
}

/** A region above a mentioned one: the graph gets it as a node and a dataset PART_OF link. */
export interface RegionLink {
  name: string;
  code?: string;
  level?: RegionLevel;
}

export interface Relation {
  type: RelationType;
  from: NodeKey;
  to: NodeKey;
  evidence: Evidence[];
}

export interface ExtractedArticle extends Article {
  key: NodeKey;
  entities: Entity[];
  relations: Relation[];
}

/** An article's identity across runs: its url, or else its title and date (issue 4). */
export function articleKey(article: Pick<Article, 'title' | 'url' | 'date'>): NodeKey {
  return nodeKey('Article', article.url ?? `${article.title}@${article.date ?? ''}`);
}

export function issueKey(issue: IssueInfo): NodeKey {
  const number = issue.serial ? `总第${issue.serial}期` : `${issue.date ?? ''}第${issue.number ?? ''}期`;
  return nodeKey('Issue', `${issue.publication}·${number}`);
}
