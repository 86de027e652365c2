// Reading the stored graph for the export: counts, the columns of each label and relationship
// type, and the rows in pages keyed on `key` (an index seek, so a page never rescans what came
// before and no transaction outlives a page). Labels and types come only from core/model.ts.

import {
  BROUGHT,
  EDGE_TYPES,
  forEachType,
  NODE_TYPES,
  type ProvenanceType,
  RELATION_ENDS,
  RELATION_TYPES,
  RUN_LABEL,
} from '../../core/model.ts';
import type { Db } from '../driver.ts';
import { type Column, column } from './columns.ts';

/** What is exported: the graph, and the record of the import runs that brought it. */
export const EXPORTED_LABELS = [...NODE_TYPES, RUN_LABEL] as const;
export type ExportedLabel = (typeof EXPORTED_LABELS)[number];
export const EXPORTED_TYPES = [...EDGE_TYPES, BROUGHT] as const;
export type ExportedType = (typeof EXPORTED_TYPES)[number];

/** Nodes a page reads by default: of the label, or the start nodes of a relationship type. */
export const PAGE_SIZE = 1000;

export type Props = Record<string, unknown>;

export interface NodeRow {
  key: string;
  props: Props;
}

export interface EdgeRow {
  from: string;
  to: string;
  props: Props;
}

export async function nodeCount(db: Db, label: ExportedLabel): Promise<number> {
  const [row] = await db.read<{ n: number }>(COUNT_NODES[label]);
  return row?.n ?? 0;
}

export async function edgeCount(db: Db, type: ExportedType): Promise<number> {
  const [row] = await db.read<{ n: number }>(COUNT_EDGES[type]);
  return row?.n ?? 0;
}

export function nodeColumns(db: Db, label: ExportedLabel): Promise<Column[]> {
  return columns(db, NODE_COLUMNS[label]);
}

export function edgeColumns(db: Db, type: ExportedType): Promise<Column[]> {
  return columns(db, EDGE_COLUMNS[type]);
}

/** Every node of the label, a page at a time, in key order. */
export function nodePages(db: Db, label: ExportedLabel, pageSize = PAGE_SIZE): AsyncGenerator<NodeRow[]> {
  return keyPages<NodeRow>(db, NODE_PAGE[label], pageSize);
}

/** Every relationship of the type, a page of start nodes at a time, in start key order. */
export async function* edgePages(
  db: Db,
  type: ExportedType,
  pageSize = PAGE_SIZE,
): AsyncGenerator<EdgeRow[]> {
  for (const label of EDGE_STARTS[type]) {
    for await (const page of keyPages<StartRow>(db, EDGE_PAGE[type].get(label) ?? '', pageSize)) {
      const rows = page.flatMap((start) => start.out.map((edge) => ({ from: start.key, ...edge })));
      if (rows.length > 0) yield rows;
    }
  }
}

interface StartRow {
  key: string;
  out: { to: string; props: Props }[];
}

async function columns(db: Db, cypher: string): Promise<Column[]> {
  const rows = await db.read<{ name: string; types: string[] }>(cypher);
  return rows.map((row) => column(row.name, row.types));
}

async function* keyPages<Row extends { key: string }>(
  db: Db,
  cypher: string,
  limit: number,
): AsyncGenerator<Row[]> {
  let after = '';
  for (;;) {
    const rows = await db.read<Row>(cypher, { after, limit });
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (!last || rows.length < limit) return;
    after = last.key;
  }
}

/** Where each relationship type starts: the relation's `from` types, Article for provenance. */
const PROVENANCE_STARTS: Record<ProvenanceType | typeof BROUGHT, ExportedLabel[]> = {
  MENTIONS: ['Article'],
  PUBLISHED_IN: ['Article'],
  BROUGHT: [RUN_LABEL],
};
const EDGE_STARTS: Record<ExportedType, readonly ExportedLabel[]> = {
  ...forEachType(RELATION_TYPES, (type) => RELATION_ENDS[type].from),
  ...PROVENANCE_STARTS,
};

const countNodes = (label: ExportedLabel) => `MATCH (n:${label}) RETURN count(n) AS n`;
const countEdges = (type: ExportedType) => `MATCH ()-[r:${type}]->() RETURN count(r) AS n`;

const nodeColumnsOf = (label: ExportedLabel) => `
MATCH (n:${label}) UNWIND keys(n) AS name
RETURN name, collect(DISTINCT valueType(n[name])) AS types ORDER BY name`;

const edgeColumnsOf = (type: ExportedType) => `
MATCH ()-[r:${type}]->() UNWIND keys(r) AS name
RETURN name, collect(DISTINCT valueType(r[name])) AS types ORDER BY name`;

const nodePage = (label: ExportedLabel) => `
MATCH (n:${label}) WHERE n.key > $after
RETURN n.key AS key, properties(n) AS props ORDER BY key LIMIT toInteger($limit)`;

const edgePage = (type: ExportedType, start: ExportedLabel) => `
MATCH (a:${start}) WHERE a.key > $after
WITH a ORDER BY a.key LIMIT toInteger($limit)
RETURN a.key AS key, [(a)-[r:${type}]->(b) | {to: b.key, props: properties(r)}] AS out`;

const COUNT_NODES = forEachType(EXPORTED_LABELS, countNodes);
const COUNT_EDGES = forEachType(EXPORTED_TYPES, countEdges);
const NODE_COLUMNS = forEachType(EXPORTED_LABELS, nodeColumnsOf);
const EDGE_COLUMNS = forEachType(EXPORTED_TYPES, edgeColumnsOf);
const NODE_PAGE = forEachType(EXPORTED_LABELS, nodePage);
const EDGE_PAGE = forEachType(
  EXPORTED_TYPES,
  (type) => new Map(EDGE_STARTS[type].map((start) => [start, edgePage(type, start)] as const)),
);
