// `zhengtu import` as a user runs it: exit 0 when everything went in, 1 when some inputs failed
// (each named with its reason), 2 when the database cannot be reached (nothing written).
import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Db } from '../../graph/driver.ts';
import { testDb, wipe } from '../support/db.ts';

let db: Db;
let inputs: string;
beforeAll(async () => {
  db = await testDb();
  await wipe(db);
  inputs = await mkdtemp(join(tmpdir(), 'zhengtu-import-'));
  await copyFile('samples/dsj-2025-02.md', join(inputs, 'dsj-2025-02.md'));
  await copyFile('tests/fixtures/sources/binary.md', join(inputs, 'binary.md'));
});
afterAll(async () => {
  await db.close();
  await rm(inputs, { recursive: true, force: true });
});

function zhengtu(args: string[], env: Record<string, string>) {
  return spawnSync('node', ['bin/zhengtu.js', ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    // a worker thread left running would keep the command from ever exiting
    timeout: 120_000,
  });
}

function testServer() {
  const { uri, user, password, database } = inject('neo4j');
  return { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database };
}

test('an unreachable database ends the command with exit 2 and a clear message', () => {
  const run = zhengtu(['import', 'samples'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
});

test('a file that cannot be read is named with its reason (exit 1); the rest goes in', async () => {
  const run = zhengtu(['import', inputs, '--json'], testServer());
  expect(run.status).toBe(1);
  const summary = JSON.parse(run.stdout);
  expect(summary).toMatchObject({ new: 18, failed: 1 });
  expect(summary.failures[0].file).toMatch(/binary\.md$/);
  expect(run.stderr).toMatch(/binary\.md/);
  const [row] = await db.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n');
  expect(row?.n).toBe(18);
});

test('--workers 2 extracts in two threads, refuses the same file and exits when done', () => {
  const run = zhengtu(['import', inputs, '--json', '--workers', '2'], testServer());
  expect(run.signal).toBeNull();
  expect(run.status).toBe(1);
  const summary = JSON.parse(run.stdout);
  expect(summary).toMatchObject({ new: 0, unchanged: 18, failed: 1 });
  expect(summary.failures[0].file).toMatch(/binary\.md$/);
});

test('--workers must be a whole number above 0', () => {
  const run = zhengtu(['import', inputs, '--workers', '0'], testServer());
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/--workers must be a whole number above 0, not "0"/);
});
