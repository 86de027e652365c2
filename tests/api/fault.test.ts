// Neo4j going away while the API serves: requests fail fast with a clear, typed error, /healthz
// says 503, and once Neo4j is back the same API instance answers again by itself. This suite runs
// its own managed server so that stopping it does not disturb the shared test server.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../api/yoga.ts';
import type { ManagedSettings } from '../../graph/config.ts';
import { type Db, openDb } from '../../graph/driver.ts';
import { startServer, stopServer } from '../../graph/server/lifecycle.ts';
import { tempHome, testSettings } from '../../harness/neo4j.ts';
import { gql, testApi } from './client.ts';

let home: string;
let settings: ManagedSettings;
let database: Db;
let api: Api;

beforeAll(async () => {
  home = await tempHome();
  settings = await testSettings(home);
  database = await openDb((await startServer(settings)).connection, { kind: 'managed', serving: true });
  api = testApi(database);
}, 240_000);

afterAll(async () => {
  await database?.close();
  if (settings) await stopServer(settings);
  await rm(home, { recursive: true, force: true });
}, 120_000);

const health = async () => (await api.fetch('http://zhengtu.test/healthz')).status;
const STATS = '{ stats { articles } }';

async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return true;
    await new Promise((done) => setTimeout(done, 500));
  }
  return false;
}

describe('when Neo4j goes away and comes back', () => {
  it('serves while Neo4j is up', async () => {
    // A fresh server on a busy machine may take a moment over its first transactions.
    expect(await eventually(async () => (await health()) === 200, 30_000)).toBe(true);
    expect((await gql(api, STATS)).data).toEqual({ stats: { articles: 0 } });
  });

  it('fails fast with DATABASE_UNAVAILABLE and a 503 health check while it is down', async () => {
    await stopServer(settings);
    const started = Date.now();
    const response = await gql(api, STATS);
    const took = Date.now() - started;
    expect(response.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(response.errors?.[0]?.message).toContain('Neo4j is unavailable');
    expect(took).toBeLessThan(5_000);
    const healthz = await api.fetch('http://zhengtu.test/healthz');
    expect(healthz.status).toBe(503);
    expect(await healthz.json()).toMatchObject({ neo4j: 'down' });
  }, 120_000);

  it('recovers by itself once Neo4j is back', async () => {
    await startServer(settings);
    const recovered = await eventually(
      async () => (await gql(api, STATS)).data?.stats?.articles === 0,
      30_000,
    );
    expect(recovered).toBe(true);
    expect(await health()).toBe(200);
  }, 240_000);
});
