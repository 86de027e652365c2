// `zhengtu export --format neo4j-admin DIR`: the stored graph as neo4j-admin import CSV files (one
// per label and per relationship type, header first) plus import.sh, the command that loads them
// into a stopped server. Read in pages and written as streams, so memory stays flat however large.
import { createWriteStream } from 'node:fs';
import { chmod, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZhengtuError } from '../../core/errors.ts';
import type { Db } from '../driver.ts';
import { type Column, header } from './columns.ts';
import {
  type AdminTool,
  type ExportFiles,
  importCommand,
  importLines,
  importScript,
  SCRIPT_NAME,
} from './command.ts';
import { field, line } from './csv.ts';
import { prepareDir } from './dir.ts';
import {
  type EdgeRow,
  EXPORTED_LABELS,
  EXPORTED_TYPES,
  type ExportedLabel,
  type ExportedType,
  edgeColumns,
  edgeCount,
  edgePages,
  type NodeRow,
  nodeColumns,
  nodeCount,
  nodePages,
  type Props,
} from './read.ts';

export { type AdminTool, managedAdmin, NEO4J_ADMIN, shellQuote } from './command.ts';

export interface ExportOptions {
  /** The neo4j-admin that import.sh runs */
  admin: AdminTool;
  /** Nodes a page reads (default PAGE_SIZE) */
  pageSize?: number;
  /** Rows written so far out of the total, after each page */
  onProgress?: (done: number, total: number) => void;
}

export interface ExportResult extends ExportFiles {
  /** The command that loads the files, on one line; DIR/import.sh holds it too */
  command: string;
  script: string;
  nodeCount: number;
  relationshipCount: number;
  seconds: number;
}

// One id space for every node: keys are unique across labels (`Type:name`).
const ID_SPACE = 'Node';

export async function exportGraph(db: Db, dir: string, options: ExportOptions): Promise<ExportResult> {
  const started = Date.now();
  const files: ExportFiles = { dir: resolve(dir), nodes: [], relationships: [] };
  await prepareDir(files.dir);
  const counts = await countAll(db);
  const progress = counter(counts.total, options.onProgress);
  for (const label of EXPORTED_LABELS) {
    const pages = nodePages(db, label, options.pageSize);
    const expected = counts.nodes.get(label) ?? 0;
    await writeCsv(await nodeCsv(db, files.dir, label), pages, expected, progress, files.nodes);
  }
  for (const type of EXPORTED_TYPES) {
    const pages = edgePages(db, type, options.pageSize);
    const expected = counts.edges.get(type) ?? 0;
    await writeCsv(await edgeCsv(db, files.dir, type), pages, expected, progress, files.relationships);
  }
  const lines = importLines(options.admin, files, db.database);
  const script = join(files.dir, SCRIPT_NAME);
  await writeFile(script, importScript(lines, db.database));
  await chmod(script, 0o755);
  return {
    ...files,
    command: importCommand(lines),
    script,
    nodeCount: sum(counts.nodes),
    relationshipCount: sum(counts.edges),
    seconds: (Date.now() - started) / 1000,
  };
}

interface Csv<Row> {
  path: string;
  head: string[];
  fields: (row: Row) => string[];
}

async function nodeCsv(db: Db, dir: string, label: ExportedLabel): Promise<Csv<NodeRow>> {
  const columns = (await nodeColumns(db, label)).filter((column) => column.name !== 'key');
  return {
    path: join(dir, `nodes-${label}.csv`),
    head: [`key:ID(${ID_SPACE})`, ':LABEL', ...columns.map(header)],
    fields: (row) => [field(row.key), label, ...values(columns, row.props)],
  };
}

async function edgeCsv(db: Db, dir: string, type: ExportedType): Promise<Csv<EdgeRow>> {
  const columns = await edgeColumns(db, type);
  return {
    path: join(dir, `relationships-${type}.csv`),
    head: [`:START_ID(${ID_SPACE})`, `:END_ID(${ID_SPACE})`, ':TYPE', ...columns.map(header)],
    fields: (row) => [field(row.from), field(row.to), type, ...values(columns, row.props)],
  };
}

async function countAll(db: Db) {
  const nodes = new Map(
    await Promise.all(EXPORTED_LABELS.map(async (l) => [l, await nodeCount(db, l)] as const)),
  );
  const edges = new Map(
    await Promise.all(EXPORTED_TYPES.map(async (t) => [t, await edgeCount(db, t)] as const)),
  );
  return { nodes, edges, total: sum(nodes) + sum(edges) };
}

const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);

const values = (columns: Column[], props: Props) => columns.map((column) => field(props[column.name]));

function counter(total: number, report?: (done: number, total: number) => void) {
  let done = 0;
  return (rows: number) => {
    done += rows;
    report?.(done, total);
  };
}

/**
 * Streams the header and every page to `path` and lists it in `files`; a label or type with no
 * rows gets no file, so the command only names data. Fewer or more rows than counted means the
 * graph holds something the model does not (or changed while exported): refused, not half-written.
 */
async function writeCsv<Row>(
  csv: Csv<Row>,
  pages: AsyncGenerator<Row[]>,
  expected: number,
  progress: (rows: number) => void,
  files: string[],
): Promise<void> {
  if (expected === 0) return;
  let written = 0;
  async function* text() {
    yield line(csv.head);
    for await (const page of pages) {
      yield page.map((row) => line(csv.fields(row))).join('');
      written += page.length;
      progress(page.length);
    }
  }
  await pipeline(Readable.from(text()), createWriteStream(csv.path));
  if (written !== expected) {
    await rm(csv.path);
    throw new ZhengtuError(
      'BAD_INPUT',
      `${csv.path}: read ${written} rows where the graph counts ${expected}.`,
      {
        hint: 'Export while nothing imports into the graph; if it persists, the graph holds nodes or relationships outside core/model.ts.',
      },
    );
  }
  files.push(csv.path);
}
