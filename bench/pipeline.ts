// End to end from text: the import pipeline `zhengtu import` runs (pipeline/importInputs: read →
// extract → write) on a directory of real-shaped text, with 1 extraction worker (extraction on the
// main thread, the baseline) and with every core, into a fresh managed Neo4j wiped between runs.
// The text is the real dev set and the sample issue, copied until the corpus holds BENCH_PIPELINE_ARTICLES
// (20000) articles, each copy's titles and urls marked with its number, so that its articles are new
// ones (all but one per copy, whose url the file writes in a form not found).
// Rows at a tenth, a quarter, half and all of the corpus give articles/s, chars/s and the peak RSS
// so far (the importer's process, worker threads included), so memory can be read as the input grows.
// First the corpus is only read and extracted (the dry run) with each worker count, to see the
// pool's own speed-up without Neo4j; then one copy is imported and wiped, to warm the server (and the
// main thread's JIT: the baseline gains, each run's pool starts cold as a command's does), and the
// import runs with each worker count. Worker counts: BENCH_PIPELINE_WORKERS (default 1 and the cores).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { openDb } from '../graph/driver.ts';
import type { ImportSummary } from '../graph/import/index.ts';
import { applySchema } from '../graph/schema.ts';
import { startServer, stopServer } from '../graph/server/lifecycle.ts';
import { tempHome, testSettings } from '../harness/neo4j.ts';
import { decode } from '../importers/decode.ts';
import { readInputs } from '../importers/read.ts';
import { checkInputs, importInputs } from '../pipeline/index.ts';
import { load } from './cpu.ts';

const TOTAL = Number(process.env.BENCH_PIPELINE_ARTICLES ?? 20_000);
const WORKERS = (process.env.BENCH_PIPELINE_WORKERS ?? `1,${availableParallelism()}`).split(',').map(Number);
const CHECKPOINTS = [0.1, 0.25, 0.5].map((share) => Math.round(TOTAL * share));
const ROOT = join(import.meta.dirname, '..');
const REAL = [
  'b01.html',
  'b02.md',
  'b03.md',
  'b04.md',
  'b05.md',
  'b06.md',
  'c01.md',
  'c02.md',
  'c03.md',
  'c04.md',
]
  .map((name) => join(ROOT, 'tests', 'fixtures', 'realdev', name))
  .concat(join(ROOT, 'samples', 'dsj-2025-02.md'));

let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 100);

const dir = await mkdtemp(join(tmpdir(), 'zhengtu-pipeline-'));
const home = await tempHome();
const settings = {
  ...(await testSettings(home)),
  heap: '2g',
  pageCache: '1g',
  transactionTimeout: '300s',
  jvmOptions: [],
};
const server = await startServer(settings);
const db = await openDb(server.connection);
try {
  const corpus = await writeCorpus(dir, TOTAL);
  console.log(
    `Corpus: ${corpus.articles} articles, ${corpus.chars.toLocaleString('en')} characters in ${corpus.files} files ` +
      `(${REAL.length} real files copied ${corpus.copies} times); ${availableParallelism()} cores.\n`,
  );
  const charsPerArticle = corpus.chars / corpus.articles;
  console.log('Read and extract only (what `zhengtu import --dry-run` does), nothing written:\n');
  console.log('| workers | articles | seconds | articles/s | chars/s | peak RSS MB | load (1 min) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  const extraction = new Map<number, number>();
  for (const workers of WORKERS) extraction.set(workers, await dryRun(workers, charsPerArticle));
  console.log('\nThe import, read → extract → write:\n');
  console.log(
    '| workers | articles | characters | seconds | articles/s | chars/s | peak RSS MB | load (1 min) |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  // the server's JIT and page cache warmed once, so that the first measured run pays no more than the others
  await importInputs(db, { paths: [join(dir, 'copy-0000')] });
  const imports = new Map<number, number>();
  for (const workers of WORKERS) {
    await wipe();
    peak = process.memoryUsage().rss;
    imports.set(workers, await run(workers, charsPerArticle));
  }
  speedUps('read and extract', extraction);
  speedUps('import', imports);
} finally {
  clearInterval(sampler);
  await db.close();
  await stopServer(settings);
  await rm(home, { recursive: true, force: true });
  await rm(dir, { recursive: true, force: true });
}

/** Each rate against the first worker count's. */
function speedUps(what: string, rates: Map<number, number>): void {
  const [first, ...others] = WORKERS;
  const base = rates.get(first ?? 1) ?? 0;
  for (const workers of others)
    console.log(
      `\nSpeed-up of ${what} with ${workers} workers: ${((rates.get(workers) ?? 0) / base).toFixed(2)}× the articles/s of ${first}`,
    );
}

/** The corpus read and extracted, nothing written; its articles/s. */
async function dryRun(workers: number, charsPerArticle: number): Promise<number> {
  peak = process.memoryUsage().rss;
  const started = performance.now();
  const summary = await checkInputs({ paths: [dir] }, { workers });
  const seconds = (performance.now() - started) / 1000;
  const cells = [
    workers,
    summary.new,
    seconds.toFixed(1),
    (summary.new / seconds).toFixed(1),
    Math.round((summary.new * charsPerArticle) / seconds).toLocaleString('en'),
    (peak / 2 ** 20).toFixed(0),
    load().toFixed(1),
  ];
  console.log(`| ${cells.join(' | ')} |`);
  return summary.new / seconds;
}

/** An empty graph with the schema in place. */
async function wipe(): Promise<void> {
  const session = db.session();
  try {
    // in transactions of its own, which only an auto-commit query may open
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema(db);
}

/** One import of the whole corpus, a row at each checkpoint passed and at the end; its articles/s. */
async function run(workers: number, charsPerArticle: number): Promise<number> {
  const started = performance.now();
  const pending = [...CHECKPOINTS];
  const row = (articles: number) => {
    const seconds = (performance.now() - started) / 1000;
    const cells = [
      workers,
      articles,
      Math.round(articles * charsPerArticle).toLocaleString('en'),
      seconds.toFixed(1),
      (articles / seconds).toFixed(1),
      Math.round((articles * charsPerArticle) / seconds).toLocaleString('en'),
      (peak / 2 ** 20).toFixed(0),
      load().toFixed(1),
    ];
    console.log(`| ${cells.join(' | ')} |`);
    return articles / seconds;
  };
  const summary = await importInputs(
    db,
    { paths: [dir] },
    {
      workers,
      onBatch: (s) => {
        const sofar = taken(s);
        if (pending[0] === undefined || sofar < pending[0]) return;
        while (pending[0] !== undefined && sofar >= pending[0]) pending.shift();
        row(sofar);
      },
    },
  );
  if (summary.failed > 0 || summary.unchanged > 0)
    console.error(`  ${workers} workers: ${summary.failed} failed, ${summary.unchanged} unchanged`);
  return row(taken(summary));
}

/** Articles the writer has taken: unchanged ones were read and extracted like the rest. */
function taken(s: ImportSummary): number {
  return s.new + s.updated + s.unchanged;
}

/**
 * Copies of the real files until they hold `total` articles. Each copy marks every title and url
 * of its articles with the copy's number, wherever the file writes them, so no copy's article
 * shares a key with another's; the text is written as UTF-8 as read.
 */
async function writeCorpus(target: string, total: number) {
  const originals = await Promise.all(
    REAL.map(async (file) => ({ file, text: decode(await readFile(file), file) })),
  );
  const marks: { title: string; url?: string }[][] = [];
  let perCopy = 0;
  let chars = 0;
  for await (const result of readInputs(REAL)) {
    if ('error' in result) throw result.error;
    marks.push(result.articles.map(({ title, url }) => ({ title, url })));
    perCopy += result.articles.length;
    chars += result.articles.reduce((n, a) => n + a.text.length, 0);
  }
  const copies = Math.ceil(total / perCopy);
  for (let copy = 0; copy < copies; copy++) {
    const folder = join(target, `copy-${String(copy).padStart(4, '0')}`);
    await mkdir(folder);
    for (const [i, { file, text }] of originals.entries()) {
      let varied = text;
      for (const { title, url } of marks[i] ?? []) {
        // Markdown writes a link's _ as \_
        for (const form of url ? [url, url.replaceAll('_', '\\_')] : [])
          varied = varied.replaceAll(form, `${form}?copy=${copy}`);
        varied = varied.replaceAll(title, `${title}（${copy}）`);
      }
      await writeFile(join(folder, basename(file)), varied);
    }
  }
  return { articles: copies * perCopy, chars: copies * chars, files: copies * REAL.length, copies };
}
