// Row shapes the queries return, and the Cypher fragments that produce them. Fragments are built
// once at load time from the tuples of core/model.ts and literal variable names, never from input.
import { NODE_TYPES, type NodeType, type RelationType } from '../../core/model.ts';

/** An entity (or article/issue) node as stored (graph/import/rows.ts writes it), its type-specific props flattened. */
export interface NodeRow {
  key: string;
  type: NodeType;
  name: string;
  aliases: string[];
  docType: string | null;
  status: string | null;
  number: string | null;
  date: string | null;
  value: number | null;
  unit: string | null;
  year: number | null;
  kind: string | null;
  qualifier: string | null;
  code: string | null;
  level: string | null;
}

export interface ArticleRow {
  key: string;
  title: string;
  date: string | null;
  section: string | null;
  source: string | null;
  url: string | null;
}

export interface IssueRow {
  key: string;
  name: string;
  publication: string | null;
  date: string | null;
  number: number | null;
  serial: number | null;
}

/** One stored relation, its ends by key, with how many evidences support it. */
export interface EdgeRow {
  type: RelationType;
  source: string;
  target: string;
  evidenceCount: number;
}

const NODE_PROPS = [
  'key',
  'docType',
  'status',
  'number',
  'date',
  'value',
  'unit',
  'year',
  'kind',
  'qualifier',
  'code',
  'level',
];

/** Projects node variable `v` into a NodeRow (articles and issues get their title as name). */
export function nodeProjection(v: string): string {
  const props = NODE_PROPS.map((p) => `.${p}`).join(', ');
  return `${v} {${props}, type: labels(${v})[0], name: coalesce(${v}.name, ${v}.title), aliases: coalesce(${v}.aliases, [])}`;
}

export function articleProjection(v: string): string {
  return `${v} {.key, .title, .date, .section, .source, .url}`;
}

export function edgeProjection(r: string): string {
  return `{type: type(${r}), source: startNode(${r}).key, target: endNode(${r}).key, evidenceCount: coalesce(${r}.support, 0)}`;
}

/**
 * Binds `n` to the node whose key is in variable `key`, through the key's uniqueness index: a MATCH
 * needs the label for the index, so each label gets its own branch.
 */
export const NODE_BY_KEY = `CALL (key) {
  ${NODE_TYPES.map((t) => `MATCH (n:${t} {key: key}) RETURN n`).join('\n  UNION ')}
}`;

/**
 * A node as the explorer draws it: a policy's date and status, the region it sits in, and what a
 * figure's label is made of (core/labels.ts).
 */
export interface GraphNodeRow {
  key: string;
  type: NodeType;
  name: string;
  date: string | null;
  status: string | null;
  region: string | null;
  value: number | null;
  unit: string | null;
  year: number | null;
  kind: string | null;
}

export function graphNodeProjection(v: string): string {
  return `{key: ${v}.key, type: labels(${v})[0], name: coalesce(${v}.name, ${v}.title), date: ${v}.date, status: ${v}.status, value: ${v}.value, unit: ${v}.unit, year: ${v}.year, kind: ${v}.kind, region: head([(${v})-[:APPLIES_TO|LOCATED_IN|MEASURES]->(place:Region) | place.name])}`;
}
