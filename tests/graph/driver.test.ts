import { describe, expect, inject, test } from 'vitest';
import { loadConfig } from '../../graph/config.ts';
import { connect, openDb } from '../../graph/driver.ts';
import { freePort } from '../../graph/server/ports.ts';
import { tempHome } from '../../harness/neo4j.ts';

const server = inject('neo4j');

describe('connect', () => {
  test('uses the server NEO4J_URI names, and returns integers as numbers', async () => {
    const config = loadConfig({
      NEO4J_URI: server.uri,
      NEO4J_USER: server.user,
      NEO4J_PASSWORD: server.password,
      NEO4J_DATABASE: server.database,
    });
    const db = await connect(config);
    const [row] = await db.read<{ n: number; 名: string }>(`RETURN 21 * 2 AS n, '政图' AS 名`);
    await db.close();
    expect(row).toEqual({ n: 42, 名: '政图' });
  });

  test('says how to start the managed server when it is not running', async () => {
    const config = loadConfig({ ZHENGTU_HOME: await tempHome() });
    await expect(connect(config)).rejects.toMatchObject({
      code: 'UNREACHABLE',
      hint: expect.stringContaining('zhengtu db start'),
    });
  });
});

describe('openDb fails with a message that says what to do', () => {
  test('on a wrong password', async () => {
    await expect(openDb({ ...server, password: '错误的密码' })).rejects.toMatchObject({
      code: 'AUTH_FAILED',
      hint: expect.stringContaining('NEO4J_PASSWORD'),
    });
  });

  test('on an address where nothing listens', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    await expect(openDb({ ...server, uri })).rejects.toMatchObject({
      code: 'UNREACHABLE',
      message: expect.stringContaining(uri),
    });
  });

  test('on a database that does not exist', async () => {
    await expect(openDb({ ...server, database: 'nosuchdb' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  test('on something that is not a Neo4j URI', async () => {
    await expect(openDb({ ...server, uri: 'http://127.0.0.1:7474' })).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
  });
});
