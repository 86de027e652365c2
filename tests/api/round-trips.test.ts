// A nested request costs one Cypher round trip per field kind and level, however many rows it
// returns: resolvers batch their loads instead of querying once per parent (no N+1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../api/yoga.ts';
import type { Db } from '../../graph/driver.ts';
import { testDb, wipe } from '../support/db.ts';
import { gql, lastRoundTrips, testApi } from './client.ts';
import { importSample } from './sample.ts';

let db: Db;
let api: Api;
const log: string[] = [];

beforeAll(async () => {
  db = await testDb();
  await wipe(db);
  await importSample(db);
  api = testApi(db, log);
});
afterAll(() => db.close());

const NESTED = `query Nested($first: Int) {
  policies(first: $first) {
    edges { node {
      name
      issuedBy { name region { name } coIssuers { name } }
      appliesTo { name parent { name } }
      targets { name measures { name } }
      mentions(first: 1) { sentence article { title issue { name } } }
    } }
  }
}`;

// policies, issuedBy, region, coIssuers, appliesTo, parent, targets, measures, mentions, issue
const FIELD_KINDS = 10;

describe('round trips of a nested request', () => {
  it('are at most one per field kind for 2 policies and for 30', async () => {
    const small = await gql(api, NESTED, { first: 2 });
    const smallTrips = lastRoundTrips(log);
    const large = await gql(api, NESTED, { first: 30 });
    const largeTrips = lastRoundTrips(log);
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    const policies = large.data.policies.edges.map((e: { node: { issuedBy: unknown[] } }) => e.node);
    expect(policies).toHaveLength(30);
    // One query per parent would make more than 30 round trips for issuedBy alone.
    expect(smallTrips).toBeLessThanOrEqual(FIELD_KINDS);
    expect(largeTrips).toBeLessThanOrEqual(FIELD_KINDS);
  });

  it('fetch the evidence of every edge of a neighbourhood in one round trip', async () => {
    const edges = (fields: string) =>
      `{ neighborhood(ids: ["Region:贵州省"], depth: 2) { edges { ${fields} } } }`;
    await gql(api, edges('type'));
    const without = lastRoundTrips(log);
    const { data, errors } = await gql(api, edges('evidence(first: 1) { sentence }'));
    expect(errors).toBeUndefined();
    expect(data.neighborhood.edges.length).toBeGreaterThan(20);
    expect(lastRoundTrips(log)).toBe(without + 1);
  });

  it('share one round trip between equal loads in different places', async () => {
    await gql(
      api,
      `{ a: nodeByKey(key: "Agency:国家数据局") { name } b: nodeByKey(key: "Region:贵州省") { name }
         c: nodeByKey(key: "Agency:国家数据局") { key } }`,
    );
    expect(lastRoundTrips(log)).toBe(1);
  });

  // The policy looked up; its graph signals and the text index's version (together); the related
  // policies' nodes, one load for all of them. (The first request also reads the corpus once to
  // build the text index.)
  it('are four for related policies, however many are asked for', async () => {
    const related = (first: number) =>
      `{ related(policy: "Policy:关于促进数据标注产业高质量发展的实施意见", first: ${first}) { score policy { name date } } }`;
    const trips = [];
    for (const first of [1, 1, 10]) {
      const { data, errors } = await gql(api, related(first));
      expect(errors).toBeUndefined();
      expect(data.related.length).toBeGreaterThan(0);
      trips.push(lastRoundTrips(log));
    }
    expect(trips.slice(1)).toEqual([4, 4]);
  });
});
