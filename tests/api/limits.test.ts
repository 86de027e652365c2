// Abusive or malformed requests are refused before they reach Neo4j, with a message saying what
// was wrong; malformed ids and unknown keys give typed errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../api/yoga.ts';
import { LIMITS } from '../../api/yoga.ts';
import type { Db } from '../../graph/driver.ts';
import { testDb } from '../support/db.ts';
import { gql, testApi } from './client.ts';

let db: Db;
let api: Api;

beforeAll(async () => {
  db = await testDb();
  api = testApi(db);
});
afterAll(() => db.close());

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) =>
  response.errors?.[0]?.extensions?.code;

describe('limits', () => {
  it('refuse a query nested deeper than the depth limit', async () => {
    let selection = 'name';
    for (let i = 0; i < LIMITS.depth; i++) selection = `coIssuers { ${selection} }`;
    const response = await gql(
      api,
      `{ nodeByKey(key: "Agency:国家数据局") { ... on Agency { ${selection} } } }`,
    );
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.message).toMatch(new RegExp(`depth limit of ${LIMITS.depth} exceeded`, 'i'));
  });

  it('refuse more aliases than allowed', async () => {
    const aliases = Array.from({ length: LIMITS.aliases + 5 }, (_, i) => `a${i}: stats { articles }`).join(
      ' ',
    );
    const response = await gql(api, `{ ${aliases} }`);
    expect(response.errors?.[0]?.message).toMatch(/aliases limit of 15 exceeded/i);
  });

  it('refuse a query too costly to run', async () => {
    const fields = 'name aliases key mentions { sentence article { title } }';
    const deep = `coIssuers { ${fields} coIssuers { ${fields} coIssuers { ${fields} } } }`;
    const response = await gql(api, `{ agencies(first: 100) { edges { node { ${fields} ${deep} } } } }`);
    expect(response.errors?.[0]?.message).toMatch(/cost limit of 5000 exceeded/i);
  });

  it('refuse a page larger than 100 with BAD_USER_INPUT', async () => {
    const response = await gql(api, '{ policies(first: 101) { edges { node { name } } } }');
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain('first must be between 0 and 100');
  });

  it('count a huge page in the cost before anything runs', async () => {
    const response = await gql(api, '{ policies(first: 100000) { edges { node { name } } } }');
    expect(response.errors?.[0]?.message).toMatch(/cost limit of 5000 exceeded/i);
  });

  it('refuse a neighbourhood deeper than 3 steps', async () => {
    const response = await gql(api, '{ neighborhood(ids: ["Region:中国"], depth: 5) { nodes { key } } }');
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
  });

  it('refuse a malformed cursor', async () => {
    const response = await gql(api, '{ policies(after: "不是游标") { edges { node { name } } } }');
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
  });
});

describe('ids and keys', () => {
  it('reject a malformed global id with BAD_USER_INPUT', async () => {
    const response = await gql(api, '{ node(id: "%%%") { name } }');
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toContain('Not a valid node id');
  });

  it('reject a key of an unknown type', async () => {
    const response = await gql(api, '{ nodeByKey(key: "Person:张三") { name } }');
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
  });

  it('answer NOT_FOUND for a well-formed key the graph does not hold', async () => {
    const response = await gql(api, '{ nodeByKey(key: "Agency:不存在的机构") { name } }');
    expect(codeOf(response)).toBe('NOT_FOUND');
  });

  it('mask unexpected errors: no stack trace reaches the client', async () => {
    const response = await gql(api, '{ search(text: "") { highlight } }');
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response)).not.toMatch(/at .*\.ts:\d+/);
  });
});
