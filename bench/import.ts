// Import throughput into a fresh managed Neo4j: the batched importer on one growing corpus, with a
// row at each checkpoint size (the first 1k, 10k, 50k articles of the same run), beside a naive
// baseline (one auto-commit MERGE per node and per relation) on a slice, in the same run. Flat
// cost: the last tenth of the corpus against its first tenth, in wall-clock seconds and in the CPU
// seconds Neo4j and the importer spent (bench/cpu.ts), which other engineers' load does not
// stretch. Rows print as they are reached, so an interrupted run still reports what it measured.
// Sizes: BENCH_IMPORT_SIZES (default 1000,10000,50000); baseline slice: BENCH_BASELINE (30 articles);
// articles per transaction: BENCH_BATCH (the importer's default); Neo4j page cache: BENCH_PAGECACHE (1g).
import { rm } from 'node:fs/promises';
import { type Db, openDb } from '../graph/driver.ts';
import { type ImportSummary, importArticles } from '../graph/import/index.ts';
import { applySchema } from '../graph/schema.ts';
import { startServer, stopServer } from '../graph/server/lifecycle.ts';
import { tempHome, testSettings } from '../harness/neo4j.ts';
import { type CpuMark, cpuMark, cpuSpent, load } from './cpu.ts';
import { generateArticles } from './generate.ts';
import { naiveImport } from './naive.ts';

const SIZES = (process.env.BENCH_IMPORT_SIZES ?? '1000,10000,50000').split(',').map(Number);
const TOTAL = Math.max(...SIZES);
const BASELINE = Number(process.env.BENCH_BASELINE ?? 30);
const BATCH = process.env.BENCH_BATCH ? Number(process.env.BENCH_BATCH) : undefined;

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 100);

const home = await tempHome();
// The production memory and JIT: the tests' C1-only compiler saves start-up CPU but slows a long import.
const settings = {
  ...(await testSettings(home)),
  heap: '2g',
  pageCache: process.env.BENCH_PAGECACHE ?? '1g',
  transactionTimeout: '300s',
  jvmOptions: [],
};
const server = await startServer(settings);
const db = await openDb(server.connection);
try {
  await applySchema(db);
  console.log(
    '| run | articles | seconds | articles/s | graph writes/s | × baseline per article | peak RSS MB |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  const t0 = performance.now();
  const naive = await naiveImport(db, generateArticles(BASELINE, 1));
  const baseline = (performance.now() - t0) / 1000 / BASELINE;
  row('naive auto-commit baseline', BASELINE, BASELINE * baseline, naive.writes, baseline);
  await wipe(db);
  await batched(baseline);
} finally {
  clearInterval(sampler);
  await db.close();
  await stopServer(settings);
  await rm(home, { recursive: true, force: true });
}

/** A stretch of the import ending at `articles`: what it cost, and the load it ran under. */
interface Tenth extends CpuMark {
  articles: number;
  load: number;
}

async function batched(baseline: number): Promise<void> {
  const t0 = performance.now();
  const checkpoints = [...SIZES].sort((a, b) => a - b);
  const tenths: Tenth[] = [];
  let mark = cpuMark(server.pid);
  let closed = 0;
  await importArticles(db, items(TOTAL), {
    batchSize: BATCH,
    onBatch: (s) => {
      const now = performance.now();
      while (checkpoints[0] !== undefined && s.new >= checkpoints[0]) {
        const size = checkpoints.shift() ?? 0;
        row(`batched, first ${size}`, s.new, (now - t0) / 1000, writes(s), baseline);
      }
      // a batch larger than a tenth closes several at once: they are reported as one stretch
      const reached = Math.floor((s.new * 10) / TOTAL);
      if (reached > closed) {
        closed = reached;
        const next = cpuMark(server.pid);
        tenths.push({ ...cpuSpent(mark, next), articles: s.new, load: load() });
        mark = next;
        const t = tenths.at(-1);
        console.error(
          `  up to article ${s.new}: wall ${t?.wall.toFixed(1)} s, Neo4j CPU ${t?.server.toFixed(1)} s, ` +
            `importer CPU ${t?.importer.toFixed(1)} s, load ${t?.load.toFixed(1)}`,
        );
      }
    },
  });
  printTenths(tenths);
}

function printTenths(tenths: Tenth[]): void {
  console.log(`\nStretches of the ${TOTAL}-article import (a tenth each when batches allow):\n`);
  console.log('| up to article | wall s | Neo4j CPU s | importer CPU s | load (1 min) |');
  console.log('|---:|---:|---:|---:|---:|');
  for (const t of tenths) {
    const cells = [
      t.articles,
      t.wall.toFixed(1),
      t.server.toFixed(1),
      t.importer.toFixed(1),
      t.load.toFixed(1),
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
  const [first, last] = [tenths[0], tenths.at(-1)];
  if (!first || !last || tenths.length < 2) return;
  const ratio = (of: (t: Tenth) => number) => (of(last) / of(first)).toFixed(2);
  console.log(
    `\nLast / first: wall ${ratio((t) => t.wall)}, Neo4j CPU ${ratio((t) => t.server)}, ` +
      `importer CPU ${ratio((t) => t.importer)}, both CPU ${ratio((t) => t.server + t.importer)}`,
  );
}

function row(what: string, articles: number, seconds: number, graphWrites: number, baseline: number): void {
  const cells = [
    what,
    articles,
    seconds.toFixed(1),
    (articles / seconds).toFixed(1),
    (graphWrites / seconds).toFixed(0),
    (baseline / (seconds / articles)).toFixed(1),
    (peak / 2 ** 20).toFixed(0),
  ];
  console.log(`| ${cells.join(' | ')} |`);
}

function* items(count: number) {
  for (const article of generateArticles(count, 1)) yield { article };
}

/** Nodes and relations written (created or written again) and mentions: what the batches send. */
function writes(s: ImportSummary): number {
  return s.nodesCreated + s.nodesUpdated + s.relationsCreated + s.relationsUpdated + s.mentionsWritten;
}

async function wipe(target: Db): Promise<void> {
  const session = target.session();
  try {
    await session.run(
      'MATCH (n) WHERE NOT n:ZhengtuMeta CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
    );
  } finally {
    await session.close();
  }
}
