// `zhengtu start` (npm start), the main job in one command: the managed Neo4j (or NEO4J_URI), the
// sample issue imported (a no-op when it already is), the explorer built once, then served.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineCommand, runCommand } from 'citty';
import { WEB_DIST } from '../../api/serve.ts';
import { loadConfig } from '../../graph/config.ts';
import { connect, type Db } from '../../graph/driver.ts';
import type { ImportSummary } from '../../graph/import/index.ts';
import { applySchema } from '../../graph/schema.ts';
import { importInputs } from '../../pipeline/index.ts';
import serve from './serve.ts';

const SAMPLES = resolve(import.meta.dirname, '..', '..', 'samples');

export default defineCommand({
  meta: { name: 'start', description: 'Start the database, import the sample and serve the explorer' },
  args: {
    port: { type: 'string', default: '4000', description: 'Port for the explorer and the API' },
    host: { type: 'string', default: '127.0.0.1', description: 'Address to listen on' },
  },
  async run({ args }) {
    await importSamples();
    await buildExplorer();
    await runCommand(serve, { rawArgs: ['--port', args.port, '--host', args.host] });
  },
});

async function importSamples(): Promise<void> {
  const config = loadConfig();
  const db = await connect(config, { start: true, say: (line) => console.error(line) });
  try {
    await applySchema(db);
    console.error(`Importing the sample articles in ${SAMPLES} …`);
    const s = await importSamplesInto(db);
    console.error(
      `Sample: ${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed articles.`,
    );
    for (const failure of s.failures) console.error(`✗ ${failure.file}: ${failure.reason}`);
    // The database outlives this command, so the next start is quick; say how to stop it.
    if (!config.external)
      console.error('The managed Neo4j keeps running after Ctrl+C; `npx zhengtu db stop` stops it.');
  } finally {
    await db.close();
  }
}

/** What `start` imports: samples/, through the pipeline `zhengtu import` runs. */
export function importSamplesInto(db: Db): Promise<ImportSummary> {
  return importInputs(db, { paths: [SAMPLES] }, { command: 'zhengtu start' });
}

/** A clean clone has no web/dist yet: build it once, the same way `npm run build` does. */
async function buildExplorer(): Promise<void> {
  if (existsSync(resolve(WEB_DIST, 'index.html'))) return;
  console.error('Building the explorer (first start only) …');
  const { build } = await import('vite');
  await build({
    configFile: resolve(import.meta.dirname, '..', '..', 'web', 'vite.config.ts'),
    logLevel: 'warn',
  });
}
