// Import throughput into a fresh managed Neo4j: the batched importer at several corpus sizes,
// beside a naive baseline (one auto-commit MERGE per node and per relation) on a slice, in the
// same run. Flat cost: the last tenth of the largest import against its first tenth.
// Sizes: BENCH_IMPORT_SIZES (default 1000,10000,50000); baseline slice: BENCH_BASELINE (200).
import { rm } from 'node:fs/promises';
import { generateArticles } from './generate.ts';
import { openDb, type Db } from '../graph/driver.ts';
import { importArticles, type ImportSummary } from '../graph/import/index.ts';
import { gazetteerChain } from '../graph/import/regions.ts';
import { applySchema } from '../graph/schema.ts';
import { startServer, stopServer } from '../graph/server/lifecycle.ts';
import { tempHome, testSettings } from '../tests/support/managed.ts';
import { naiveImport } from './naive.ts';

const SIZES = (process.env.BENCH_IMPORT_SIZES ?? '1000,10000,50000').split(',').map(Number);
const BASELINE = Number(process.env.BENCH_BASELINE ?? 200);
const BATCH = process.env.BENCH_BATCH ? Number(process.env.BENCH_BATCH) : undefined;

interface Row {
  what: string;
  articles: number;
  seconds: number;
  writes: number;
  tenths?: number[];
  peakMb: number;
}

const home = await tempHome();
const settings = { ...(await testSettings(home)), heap: '2g', pageCache: '1g', transactionTimeout: '300s' };
const started = await startServer(settings);
const db = await openDb(started.connection);
const rows: Row[] = [];
try {
  await applySchema(db);
  await wipe(db);
  rows.push(
    await measure(`naive baseline (${BASELINE})`, BASELINE, async () => {
      const summary = await naiveImport(db, generateArticles(BASELINE, 1), gazetteerChain);
      return { articles: BASELINE, writes: summary.writes };
    }),
  );
  for (const size of SIZES) {
    await wipe(db);
    const tenths: number[] = [];
    const row = await measure(`batched (${size})`, size, async () => {
      const summary = await importArticles(db, items(size), {
        chain: gazetteerChain,
        batchSize: BATCH,
        onBatch: recordTenths(size, tenths),
      });
      return { articles: summary.new, writes: writes(summary) };
    });
    rows.push({ ...row, tenths });
  }
} finally {
  await db.close();
  await stopServer(settings);
  await rm(home, { recursive: true, force: true });
}
print(rows);

function* items(count: number) {
  for (const article of generateArticles(count, 1)) yield { article };
}

function writes(s: ImportSummary): number {
  return s.nodesCreated + s.nodesUpdated + s.relationsCreated + s.relationsUpdated + s.mentionsWritten;
}

/** Seconds taken by each tenth of the corpus, read off the batch commits (and logged as they come). */
function recordTenths(size: number, tenths: number[]) {
  const t0 = performance.now();
  let last = t0;
  let next = 1;
  return (s: ImportSummary) => {
    while (s.new >= (size * next) / 10) {
      const now = performance.now();
      tenths.push((now - last) / 1000);
      console.error(
        `  ${s.new}/${size} articles after ${((now - t0) / 1000).toFixed(1)} s (tenth ${next}: ${((now - last) / 1000).toFixed(1)} s)`,
      );
      last = now;
      next++;
    }
  };
}

async function measure(
  what: string,
  articles: number,
  run: () => Promise<{ articles: number; writes: number }>,
) {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  const t0 = performance.now();
  try {
    const done = await run();
    if (done.articles !== articles)
      throw new Error(`${what}: ${done.articles} of ${articles} articles written`);
    const seconds = (performance.now() - t0) / 1000;
    console.error(`${what}: ${seconds.toFixed(1)} s`);
    return { what, articles, seconds, writes: done.writes, peakMb: peak / 2 ** 20 };
  } finally {
    clearInterval(sampler);
  }
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

function print(results: Row[]): void {
  const baseline = results[0];
  const perArticle = (row: Row) => row.seconds / row.articles;
  console.log(
    '| run | articles | seconds | articles/s | graph writes/s | × baseline (per article) | last/first tenth | peak RSS MB |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const row of results) {
    const speedup = baseline ? perArticle(baseline) / perArticle(row) : 1;
    const flat = row.tenths?.length === 10 ? ((row.tenths[9] ?? 0) / (row.tenths[0] ?? 1)).toFixed(2) : '';
    console.log(
      `| ${row.what} | ${row.articles} | ${row.seconds.toFixed(1)} | ${(row.articles / row.seconds).toFixed(1)} | ${(row.writes / row.seconds).toFixed(0)} | ${speedup.toFixed(1)} | ${flat} | ${row.peakMb.toFixed(0)} |`,
    );
  }
  for (const row of results)
    if (row.tenths?.length)
      console.log(`\n${row.what} tenths (s): ${row.tenths.map((t) => t.toFixed(1)).join(', ')}`);
}
