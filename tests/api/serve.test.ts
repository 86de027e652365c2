// `zhengtu serve`'s HTTP side: GraphQL and /healthz go to the API, other paths to the web build,
// unknown paths fall back to index.html (the explorer routes in the browser), and nothing escapes
// the web directory.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Listening, listen } from '../../api/serve.ts';
import type { Db } from '../../graph/driver.ts';
import { testDb } from '../support/db.ts';
import { testApi } from './client.ts';

let db: Db;
let web: string;
let server: Listening;

beforeAll(async () => {
  db = await testDb();
  web = await mkdtemp(join(tmpdir(), 'zhengtu-web-'));
  await mkdir(join(web, 'assets'));
  await writeFile(join(web, 'index.html'), '<!doctype html><title>政图</title>');
  await writeFile(join(web, 'assets', 'app.js'), 'console.log("政图")');
  server = await listen(testApi(db), { port: 0, host: '127.0.0.1', webDir: web });
});
afterAll(async () => {
  await server.close();
  await db.close();
  await rm(web, { recursive: true, force: true });
});

describe('zhengtu serve', () => {
  it('answers GraphQL and /healthz', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { articles } }' }),
    });
    expect(response.status).toBe(200);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('serves the explorer, its assets, and index.html for its routes', async () => {
    const asset = await fetch(`${server.url}/assets/app.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    const route = await fetch(`${server.url}/policy/贵州省`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>政图</title>');
  });

  it('never serves files outside the web build', async () => {
    const response = await fetch(`${server.url}/..%2F..%2Fetc%2Fpasswd`);
    expect(await response.text()).not.toContain('root:');
  });
});
