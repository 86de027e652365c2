// Every GraphQL operation leaves one JSON log line: the request's id, the operation's name, how
// long it took, its Cypher round trips and the codes of its errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../api/yoga.ts';
import type { Db } from '../../graph/driver.ts';
import { testDb } from '../support/db.ts';
import { gql, testApi } from './client.ts';

let db: Db;
let api: Api;
const log: string[] = [];

beforeAll(async () => {
  db = await testDb();
  api = testApi(db, log);
});
afterAll(() => db.close());

const lastLine = () => JSON.parse(log.at(-1) ?? '{}');

describe('the operation log', () => {
  it('names the request, the operation, its duration, round trips and error codes', async () => {
    await gql(api, 'query Counts { stats { articles } }', {}, { 'x-request-id': 'client-42' });
    expect(lastLine()).toMatchObject({
      level: 'info',
      msg: 'graphql',
      requestId: 'client-42',
      operation: 'Counts',
      queries: 1,
      errors: [],
    });
    expect(lastLine().ms).toBeGreaterThanOrEqual(0);
    expect(Date.parse(lastLine().time)).not.toBeNaN();
  });

  it('records the code of each error', async () => {
    await gql(api, 'query Missing { nodeByKey(key: "Policy:没有这个政策") { name } }');
    expect(lastLine()).toMatchObject({ operation: 'Missing', errors: ['NOT_FOUND'] });
  });

  it('gives each request a new id unless the client sent a plain token', async () => {
    await gql(api, '{ stats { articles } }', {}, { 'x-request-id': '"}\n{"level":"fatal' });
    const first = lastLine().requestId;
    await gql(api, '{ stats { articles } }');
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(lastLine().requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lastLine().requestId).not.toBe(first);
  });
});
