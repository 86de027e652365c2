// Settings for throw-away managed servers in tests and benchmarks: small memory, a free port, and
// one shared copy of the Neo4j jars (fetched once into node_modules/.cache, never per run).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig, type ManagedSettings, NEO4J_VERSION } from '../graph/config.ts';
import { freePort } from '../graph/server/ports.ts';

const version = process.env.ZHENGTU_NEO4J_VERSION || NEO4J_VERSION;

/** Where the tests keep the jars: ZHENGTU_NEO4J_JARS, else a cache beside node_modules. */
export const TEST_JARS =
  process.env.ZHENGTU_NEO4J_JARS || resolve('node_modules', '.cache', 'zhengtu', `neo4j-${version}`, 'lib');

export async function testSettings(home: string): Promise<ManagedSettings> {
  const { managed } = loadConfig({ ZHENGTU_HOME: home, ZHENGTU_NEO4J_VERSION: version });
  return {
    ...managed,
    jarsDir: TEST_JARS,
    port: await freePort(),
    heap: '512m',
    pageCache: '256m',
    transactionTimeout: '60s',
    // C1 only: halves the CPU a start costs (24 → 12 s measured); test queries are small.
    jvmOptions: ['-XX:TieredStopAtLevel=1'],
  };
}

/** A fresh ZHENGTU_HOME under the system's temp directory. */
export function tempHome(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'zhengtu-test-'));
}
