// Import throughput into a fresh managed Neo4j: the batched importer on one growing corpus, with a
// row at each checkpoint size (the first 1k, 10k, 50k articles of the same run), beside a naive
// baseline (one auto-commit MERGE per node and per relation) on a slice, in the same run. Flat
// cost: the last tenth of the corpus against its first tenth. Rows print as they are reached, so
// an interrupted run still reports what it measured.
// Sizes: BENCH_IMPORT_SIZES (default 1000,10000,50000); baseline slice: BENCH_BASELINE (30 articles).
import { rm } from 'node:fs/promises';
import { type Db, openDb } from '../graph/driver.ts';
import { type ImportSummary, importArticles } from '../graph/import/index.ts';
import { gazetteerChain } from '../graph/import/regions.ts';
import { applySchema } from '../graph/schema.ts';
import { startServer, stopServer } from '../graph/server/lifecycle.ts';
import { tempHome, testSettings } from '../tests/support/managed.ts';
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
const settings = { ...(await testSettings(home)), heap: '2g', pageCache: '1g', transactionTimeout: '300s' };
const db = await openDb((await startServer(settings)).connection);
try {
  await applySchema(db);
  console.log(
    '| run | articles | seconds | articles/s | graph writes/s | × baseline per article | peak RSS MB |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  const t0 = performance.now();
  const naive = await naiveImport(db, generateArticles(BASELINE, 1), gazetteerChain);
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

async function batched(baseline: number): Promise<void> {
  const t0 = performance.now();
  const checkpoints = [...SIZES].sort((a, b) => a - b);
  const tenths: number[] = [];
  let tenthStart = t0;
  await importArticles(db, items(TOTAL), {
    chain: gazetteerChain,
    batchSize: BATCH,
    onBatch: (s) => {
      const now = performance.now();
      while (checkpoints[0] !== undefined && s.new >= checkpoints[0]) {
        const size = checkpoints.shift() ?? 0;
        row(`batched, first ${size}`, s.new, (now - t0) / 1000, writes(s), baseline);
      }
      while (s.new >= (TOTAL * (tenths.length + 1)) / 10) {
        tenths.push((now - tenthStart) / 1000);
        tenthStart = now;
        console.error(`  tenth ${tenths.length}: ${tenths.at(-1)?.toFixed(1)} s (${s.new} articles)`);
      }
    },
  });
  const first = tenths[0] ?? 0;
  const last = tenths.at(-1) ?? 0;
  console.log(`\nTenths of the ${TOTAL}-article import (s): ${tenths.map((t) => t.toFixed(1)).join(', ')}`);
  console.log(`Last tenth / first tenth: ${(last / first).toFixed(2)}`);
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
