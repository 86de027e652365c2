// The fault test: Neo4j is killed in the middle of `zhengtu import`. The command must end with a
// clear error (exit 2); after a restart the same import completes, and the graph equals a clean
// run node for node; the killed run is recorded without an end, having brought exactly what was
// committed. A dedicated managed server is used, so the shared test server is not harmed.
import { spawn } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { generateNdjson } from '../../../bench/generate.ts';
import type { ManagedSettings } from '../../../graph/config.ts';
import { openDb } from '../../../graph/driver.ts';
import { importRuns } from '../../../graph/queries/runs.ts';
import { startServer, stopServer } from '../../../graph/server/lifecycle.ts';
import { serverPaths } from '../../../graph/server/paths.ts';
import { readState } from '../../../graph/server/state.ts';
import { TEST_JARS, tempHome, testSettings } from '../../../harness/neo4j.ts';
import { wipe } from '../../support/db.ts';
import { count, snapshot } from './snapshot.ts';

let home: string;
let settings: ManagedSettings;
let corpus: string;

beforeAll(async () => {
  home = await tempHome();
  settings = await testSettings(home);
  await startServer(settings);
  corpus = join(home, 'corpus.ndjson');
  await writeFile(corpus, generateNdjson(240, 11));
});

afterAll(async () => {
  await stopServer(settings);
  await rm(home, { recursive: true, force: true });
});

test('killing Neo4j mid-import ends the command clearly; re-running gives exactly a clean run', async () => {
  const killed = await importCommand(corpus, { killAfter: 80 });
  expect(killed.code).toBe(2);
  expect(killed.stderr).toMatch(
    /Neo4j stopped answering during the import, after \d+ articles were committed/,
  );
  expect(killed.stderr).toMatch(/re-run the same import/);

  await startServer(settings);
  const resumed = await importCommand(corpus);
  expect(resumed.code).toBe(0);
  const summary = JSON.parse(resumed.stdout);
  expect(summary.unchanged).toBeGreaterThanOrEqual(80);
  expect(summary.new + summary.unchanged).toBe(240);
  const db = await openDb((await startServer(settings)).connection);
  try {
    // The killed run never ended, and brought exactly the articles its committed batches wrote.
    const [again, killedRun] = await importRuns(db.read, 0, 10);
    expect(again?.endedAt).toEqual(expect.any(String));
    expect(killedRun?.endedAt).toBeNull();
    const brought = 'MATCH (:ImportRun {key: $key})-[:BROUGHT]->(a:Article) RETURN count(a) AS n';
    expect(await count(db, brought, { key: killedRun?.key })).toBe(summary.unchanged);
    const afterFault = await snapshot(db);
    await wipe(db);
    expect((await importCommand(corpus)).code).toBe(0);
    expect(await snapshot(db)).toEqual(afterFault);
  } finally {
    await db.close();
  }
}, 900_000);

/** Runs `zhengtu import FILE --json` on the dedicated server; kills the server once enough went in. */
function importCommand(file: string, options: { killAfter?: number } = {}) {
  // without NEO4J_URI the command uses the managed server of ZHENGTU_HOME: the dedicated one
  const { NEO4J_URI: _shared, ...inherited } = process.env;
  const env = { ...inherited, ZHENGTU_HOME: home, ZHENGTU_NEO4J_JARS: TEST_JARS };
  const child = spawn('node', ['bin/zhengtu.js', 'import', file, '--json', '--batch-size', '20'], { env });
  let stdout = '';
  let stderr = '';
  let killing = false;
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', async (chunk) => {
    stderr += chunk;
    const done = [...stderr.matchAll(/imported (\d+)\//g)].map((m) => Number(m[1]));
    if (options.killAfter && !killing && Math.max(0, ...done) >= options.killAfter) {
      killing = true;
      const state = await readState(serverPaths(home).state);
      if (state) process.kill(state.pid, 'SIGKILL');
    }
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}
