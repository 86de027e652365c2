// `zhengtu import FILE|DIR|- ... [--json] [--dry-run] [--workers N]`: read → extract (files in N
// threads) → write to Neo4j in batched transactions. Exit 0 when everything went in, 1 when some
// inputs failed (each named with its reason), 2 when the database could not be reached or stopped
// answering.
import { defineCommand } from 'citty';
import { SingleBar } from 'cli-progress';
import { isZhengtuError, ZhengtuError } from '../../core/errors.ts';
import { loadConfig } from '../../graph/config.ts';
import { connect } from '../../graph/driver.ts';
import { DEFAULT_BATCH_SIZE, type ImportSummary } from '../../graph/import/index.ts';
import { applySchema } from '../../graph/schema.ts';
import { checkInputs, importInputs, type PipelineOptions } from '../../pipeline/index.ts';
import { DEFAULT_WORKERS } from '../../pipeline/pool.ts';

export default defineCommand({
  meta: { name: 'import', description: 'Extract the graph from files and write it to Neo4j' },
  args: {
    paths: {
      type: 'positional',
      description: 'Files or directories to import (- for stdin)',
      required: true,
    },
    json: { type: 'boolean', description: 'Print the summary as JSON' },
    'dry-run': { type: 'boolean', description: 'Read and extract, check every article, write nothing' },
    'batch-size': { type: 'string', description: `Articles per transaction (default ${DEFAULT_BATCH_SIZE})` },
    workers: {
      type: 'string',
      description: `Threads that extract files in parallel (default ${DEFAULT_WORKERS}: the cores less one for Neo4j)`,
    },
  },
  async run({ args }) {
    const paths = args._.length ? args._.map(String) : [String(args.paths)];
    const options = {
      batchSize: args['batch-size']
        ? positive('--batch-size', args['batch-size'], DEFAULT_BATCH_SIZE)
        : undefined,
      workers: args.workers ? positive('--workers', args.workers, DEFAULT_WORKERS) : DEFAULT_WORKERS,
    };
    const summary = args['dry-run']
      ? await checkInputs({ paths }, options)
      : await importPaths(paths, options);
    if (!summary) return;
    if (args.json) console.log(JSON.stringify(summary, null, 2));
    else printSummary(summary, Boolean(args['dry-run']));
    for (const failure of summary.failures) {
      console.error(`✗ ${failure.file}${failure.article ? ` (${failure.article})` : ''}: ${failure.reason}`);
    }
    if (summary.failed > 0) process.exitCode = 1;
  },
});

function positive(flag: string, text: string, fallback: number): number {
  const value = Number(text);
  if (Number.isInteger(value) && value > 0) return value;
  throw new ZhengtuError('USAGE', `${flag} must be a whole number above 0, not "${text}".`, {
    hint: `Leave it out for the default of ${fallback}.`,
  });
}

async function importPaths(paths: string[], options: PipelineOptions): Promise<ImportSummary | undefined> {
  const db = await connect(loadConfig(), { start: true, say: (line) => console.error(line) }).catch(
    unreachable,
  );
  if (!db) return undefined;
  const progress = new Progress();
  try {
    await applySchema(db);
    const summary = await importInputs(
      db,
      { paths },
      { ...options, onRead: (read) => progress.reading(read), onBatch: (sofar) => progress.update(sofar) },
    );
    progress.stop();
    return summary;
  } catch (error) {
    progress.stop();
    return unreachable(error);
  } finally {
    await db.close();
  }
}

/** Database failures end the command with exit 2; anything else is left to the entry point. */
function unreachable(error: unknown): undefined {
  const codes: ZhengtuError['code'][] = ['UNREACHABLE', 'AUTH_FAILED', 'SERVER_EXITED', 'SERVER_TIMEOUT'];
  if (!codes.some((code) => isZhengtuError(error, code))) throw error;
  const failure = error as ZhengtuError;
  console.error(`✗ ${failure.message}`);
  if (failure.hint) console.error(`  → ${failure.hint}`);
  process.exitCode = 2;
  return undefined;
}

function printSummary(s: ImportSummary, dry: boolean): void {
  const rate = s.seconds > 0 ? ((s.new + s.updated + s.unchanged) / s.seconds).toFixed(1) : '0';
  if (dry)
    console.log(
      `Dry run: ${s.new} articles would be written, ${s.failed} failed (${s.seconds.toFixed(1)} s).`,
    );
  else {
    console.log(
      `Articles: ${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed (${s.seconds.toFixed(1)} s, ${rate} articles/s)`,
    );
    console.log(`Nodes: ${s.nodesCreated} created, ${s.nodesUpdated} updated, ${s.nodesDeleted} deleted`);
    console.log(
      `Relations: ${s.relationsCreated} created, ${s.relationsUpdated} updated, ${s.relationsDeleted} deleted`,
    );
    console.log(`Recorded as ${s.run} (${s.files} files): the explorer's imports view lists it.`);
  }
}

/** A bar on a terminal, a line per batch otherwise. The total grows as files are read. */
class Progress {
  private readonly bar = process.stderr.isTTY
    ? new SingleBar({
        format: 'import |{bar}| {value}/{total} articles | {rate} articles/s | ETA {eta_formatted}',
        stream: process.stderr,
      })
    : undefined;
  private read = 0;
  private started = false;

  reading(read: number): void {
    this.read = read;
    if (this.bar && !this.started) this.bar.start(this.read, 0, { rate: '0' });
    this.started = true;
    this.bar?.setTotal(this.read);
  }

  update(s: ImportSummary): void {
    const done = s.new + s.updated + s.unchanged + s.failed;
    const rate = (done / Math.max(s.seconds, 0.001)).toFixed(1);
    if (this.bar) this.bar.update(done, { rate });
    else
      console.error(
        `imported ${done}/${this.read} articles read so far (${rate} articles/s, ${s.failed} failed)`,
      );
  }

  stop(): void {
    this.bar?.stop();
  }
}
