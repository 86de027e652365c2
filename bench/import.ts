// Import throughput into a fresh managed Neo4j, as a ratio of the ceiling measured in the same run:
// the importer (graph/import) against the same rows written by bare `UNWIND $rows … MERGE`
// statements (bench/ceiling.ts), each on the wiped graph with the same schema, in alternating order
// from round to round. A row is printed at each checkpoint (the first 10k, 50k articles of one
// corpus) with the wall seconds, the CPU seconds Neo4j and this process spent (bench/cpu.ts) and
// the load, so an interrupted run still reports what it measured. The naive baseline (one
// auto-commit MERGE per row, bench/naive.ts) runs first on a small slice when BENCH_BASELINE > 0.
// Both writers first run once on BENCH_WARMUP articles (2000), unreported, to warm the JIT.
// Sizes: BENCH_IMPORT_SIZES (default 10000,50000); rounds: BENCH_ROUNDS (2); articles per
// transaction: BENCH_BATCH (the importer's default); ceiling rows built ahead, BENCH_CEILING_CHUNK
// articles at a time (5000) with the clock stopped; Neo4j page cache: BENCH_PAGECACHE (1g).
import { rm } from 'node:fs/promises';
import { type Db, openDb } from '../graph/driver.ts';
import { DEFAULT_BATCH_SIZE, type ImportSummary, importArticles } from '../graph/import/index.ts';
import { articleRows } from '../graph/import/rows.ts';
import { applySchema } from '../graph/schema.ts';
import { startServer, stopServer } from '../graph/server/lifecycle.ts';
import { tempHome, testSettings } from '../harness/neo4j.ts';
import { type CeilingBatch, ceilingBatch, writeCeilingBatch } from './ceiling.ts';
import { type CpuMark, cpuMark, cpuSpent, load } from './cpu.ts';
import { generateArticles } from './generate.ts';
import { naiveImport } from './naive.ts';

const SIZES = (process.env.BENCH_IMPORT_SIZES ?? '10000,50000')
  .split(',')
  .map(Number)
  .sort((a, b) => a - b);
const TOTAL = Math.max(...SIZES);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const BASELINE = Number(process.env.BENCH_BASELINE ?? 0);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2000);
const BATCH = Number(process.env.BENCH_BATCH ?? DEFAULT_BATCH_SIZE);
// whole batches, so the ceiling's transactions hold the same articles as the importer's
const CHUNK = Math.max(1, Math.round(Number(process.env.BENCH_CEILING_CHUNK ?? 5000) / BATCH)) * BATCH;

type Writer = 'importer' | 'ceiling';

/** Where a run stood when it reached a checkpoint: seconds and CPU seconds spent, writes sent. */
interface Reading extends CpuMark {
  round: number;
  writer: Writer;
  articles: number;
  writes: number;
  load: number;
}

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
  if (BASELINE > 0) await naiveBaseline();
  await warmUp();
  const readings: Reading[] = [];
  console.log(
    '| round | writer | articles | seconds | graph writes | graph writes/s | Neo4j CPU s | bench CPU s | load (1 min) |',
  );
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|');
  for (let round = 1; round <= ROUNDS; round++) {
    const order: Writer[] = round % 2 === 1 ? ['importer', 'ceiling'] : ['ceiling', 'importer'];
    for (const writer of order) {
      await wipe(db);
      const report = (reading: Omit<Reading, 'round' | 'writer'>) => {
        readings.push({ ...reading, round, writer });
        printReading(readings.at(-1) as Reading);
      };
      await (writer === 'importer' ? timeImporter(report) : timeCeiling(report));
      console.error(`  round ${round}, ${writer}: ${await graphSize(db)}`);
    }
  }
  printRatios(readings);
} finally {
  await db.close();
  await stopServer(settings);
  await rm(home, { recursive: true, force: true });
}

type Report = (reading: Omit<Reading, 'round' | 'writer'>) => void;

/** Both writers once on the first WARMUP articles, unreported, so the JIT warms up for neither alone. */
async function warmUp(): Promise<void> {
  const skip = () => undefined;
  for (const writer of ['ceiling', 'importer'] as const) {
    await wipe(db);
    await (writer === 'importer' ? timeImporter(skip, WARMUP) : timeCeiling(skip, WARMUP));
  }
}

/** The importer as a user runs it: hash check, counters, revision, rows built as it goes. */
async function timeImporter(report: Report, total = TOTAL): Promise<void> {
  const checkpoints = [...SIZES];
  const watch = stopwatch(server.pid);
  watch.start();
  await importArticles(db, items(total), {
    batchSize: BATCH,
    onBatch: (s) => {
      while (checkpoints[0] !== undefined && s.new >= checkpoints[0]) {
        checkpoints.shift();
        report({ ...watch.read(), articles: s.new, writes: writes(s), load: load() });
      }
    },
  });
}

/** The bare statements, timed only while they are sent: their parameters are built beforehand. */
async function timeCeiling(report: Report, total = TOTAL): Promise<void> {
  const checkpoints = [...SIZES];
  const watch = stopwatch(server.pid);
  const session = db.session();
  let articles = 0;
  let written = 0;
  try {
    for (const chunk of ceilingChunks(total)) {
      watch.start();
      for (const batch of chunk) {
        await writeCeilingBatch(session, batch);
        articles += batch.articles;
        written += batch.writes;
        while (checkpoints[0] !== undefined && articles >= checkpoints[0]) {
          checkpoints.shift();
          report({ ...watch.read(), articles, writes: written, load: load() });
        }
      }
      watch.stop();
    }
  } finally {
    await session.close();
  }
}

/** The corpus as ceiling batches, CHUNK articles at a time (all of it would not fit in memory). */
function* ceilingChunks(total: number): Generator<CeilingBatch[]> {
  let rows = [];
  for (const article of generateArticles(total, 1)) {
    rows.push(articleRows(article));
    if (rows.length === CHUNK) {
      yield batches(rows);
      rows = [];
    }
  }
  if (rows.length > 0) yield batches(rows);
}

function batches(rows: ReturnType<typeof articleRows>[]): CeilingBatch[] {
  const list: CeilingBatch[] = [];
  for (let i = 0; i < rows.length; i += BATCH) list.push(ceilingBatch(rows.slice(i, i + BATCH)));
  return list;
}

/** Wall and CPU seconds summed over the stretches between start() and stop(). */
function stopwatch(pid: number) {
  let spent: CpuMark = { wall: 0, importer: 0, server: 0 };
  let from: CpuMark | undefined;
  const plus = (a: CpuMark, b: CpuMark): CpuMark => ({
    wall: a.wall + b.wall,
    importer: a.importer + b.importer,
    server: a.server + b.server,
  });
  return {
    start: () => {
      from = cpuMark(pid);
    },
    stop: () => {
      if (from) spent = plus(spent, cpuSpent(from, cpuMark(pid)));
      from = undefined;
    },
    read: (): CpuMark => (from ? plus(spent, cpuSpent(from, cpuMark(pid))) : spent),
  };
}

async function naiveBaseline(): Promise<void> {
  const t0 = performance.now();
  const naive = await naiveImport(db, generateArticles(BASELINE, 1));
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `Naive baseline (one auto-commit MERGE per row), ${BASELINE} articles: ${seconds.toFixed(1)} s, ` +
      `${(naive.writes / seconds).toFixed(0)} graph writes/s, load ${load().toFixed(1)}\n`,
  );
  await wipe(db);
}

function printReading(r: Reading): void {
  const cells = [
    r.round,
    r.writer,
    r.articles,
    r.wall.toFixed(1),
    r.writes,
    (r.writes / r.wall).toFixed(0),
    r.server.toFixed(1),
    r.importer.toFixed(1),
    r.load.toFixed(1),
  ];
  console.log(`| ${cells.join(' | ')} |`);
}

function printRatios(readings: Reading[]): void {
  console.log('\n| round | articles | importer writes/s | ceiling writes/s | importer / ceiling |');
  console.log('|---:|---:|---:|---:|---:|');
  for (let round = 1; round <= ROUNDS; round++) {
    for (const size of SIZES) {
      const find = (writer: Writer) =>
        readings.find((r) => r.round === round && r.writer === writer && r.articles === size);
      const [importer, ceiling] = [find('importer'), find('ceiling')];
      if (!importer || !ceiling) continue;
      const [a, b] = [importer.writes / importer.wall, ceiling.writes / ceiling.wall];
      console.log(`| ${round} | ${size} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${(a / b).toFixed(2)} |`);
    }
  }
}

function* items(count: number) {
  for (const article of generateArticles(count, 1)) yield { article };
}

/** Nodes and relations written (created or written again) and mentions: what the batches send. */
function writes(s: ImportSummary): number {
  return s.nodesCreated + s.nodesUpdated + s.relationsCreated + s.relationsUpdated + s.mentionsWritten;
}

/** Both writers must leave the same graph: its node and relationship counts, printed after each. */
async function graphSize(target: Db): Promise<string> {
  const session = target.session();
  try {
    const result = await session.run(
      'RETURN COUNT { MATCH (n) WHERE NOT n:ZhengtuMeta } AS nodes, COUNT { ()-[]->() } AS relations',
    );
    const record = result.records[0];
    return `${record?.get('nodes')} nodes, ${record?.get('relations')} relations`;
  } finally {
    await session.close();
  }
}

/** Relationships first, then nodes, in bounded transactions: a hub's DETACH DELETE exceeds the memory pool. */
async function wipe(target: Db): Promise<void> {
  const session = target.session();
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run(
      'MATCH (n) WHERE NOT n:ZhengtuMeta CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS',
    );
  } finally {
    await session.close();
  }
}
