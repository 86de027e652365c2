// `zhengtu serve`'s HTTP side: GraphQL and /healthz go to the API, other paths to the web build,
// unknown paths fall back to index.html (the explorer routes in the browser), nothing escapes
// the web directory, and a path that is not a file answers 400 or 404, never an exception.
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
  await writeFile(join(web, 'assets', 'app-3f2a1b.js'), 'console.log("政图")');
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
    const asset = await fetch(`${server.url}/assets/app-3f2a1b.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    const route = await fetch(`${server.url}/policy/贵州省`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>政图</title>');
  });

  it('never serves files outside the web build', async () => {
    const response = await fetch(`${server.url}/..%2F..%2Fetc%2Fpasswd`);
    expect(await response.text()).not.toContain('root:');
  });

  it('caches hashed assets for a year and makes index.html revalidate', async () => {
    const asset = await fetch(`${server.url}/assets/app-3f2a1b.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/policy/贵州省']) {
      const page = await fetch(`${server.url}${path}`);
      expect(page.headers.get('cache-control'), path).toBe('no-cache');
      const etag = page.headers.get('etag') ?? '';
      const again = await fetch(`${server.url}${path}`, { headers: { 'if-none-match': etag } });
      expect(again.status, path).toBe(304);
    }
  });

  it('answers 404 for a missing asset rather than the page', async () => {
    expect((await fetch(`${server.url}/assets/app-000000.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/missing.png`)).status).toBe(404);
  });

  it('answers 400 for a path that is not valid percent-encoding, and keeps serving', async () => {
    for (const path of ['/%E0', '/%', '/%zz', '/assets/%C0%AF', '/%00', '/graphql%E0']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(400);
    }
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('refuses to write to the explorer', async () => {
    const response = await fetch(`${server.url}/index.html`, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});
