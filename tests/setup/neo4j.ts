// vitest global setup: one Neo4j for the whole run. With NEO4J_URI set the tests use that server
// (and write to it: use a scratch database); otherwise a throw-away managed server starts in a temp
// directory on a free port and is stopped and deleted at the end.
import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { type ConnectionInfo, loadConfig } from '../../graph/config.ts';
import { openDb } from '../../graph/driver.ts';
import { applySchema } from '../../graph/schema.ts';
import { startServer, stopServer } from '../../graph/server/lifecycle.ts';
import { tempHome, testSettings } from '../../harness/neo4j.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { external } = loadConfig();
  if (external) {
    await prepare(project, external);
    return async () => {};
  }
  const home = await tempHome();
  const settings = await testSettings(home);
  const say = (line: string) => console.log(`[neo4j] ${line}`);
  const started = await startServer(settings, { say, sameGroup: true });
  console.log(`[neo4j] test server on ${started.connection.uri} (${started.seconds.toFixed(1)} s)`);
  try {
    await prepare(project, started.connection);
  } catch (error) {
    await stopServer(settings);
    throw error;
  }
  return async () => {
    await stopServer(settings);
    await rm(home, { recursive: true, force: true });
  };
}

async function prepare(project: TestProject, info: ConnectionInfo): Promise<void> {
  const db = await openDb(info);
  try {
    await applySchema(db);
  } finally {
    await db.close();
  }
  project.provide('neo4j', info);
}
