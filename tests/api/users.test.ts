// The questions analysts ask first, asked of the API with the sample newsletter imported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../../api/yoga.ts';
import type { Db } from '../../graph/driver.ts';
import { testDb, wipe } from '../support/db.ts';
import { gql, testApi } from './client.ts';
import { importSample } from './sample.ts';

let db: Db;
let api: Api;

beforeAll(async () => {
  db = await testDb();
  await wipe(db);
  await importSample(db);
  api = testApi(db);
});
afterAll(() => db.close());

describe('who issued what', () => {
  it('names the four bodies that issued 关于促进数据标注产业高质量发展的实施意见', async () => {
    const { data, errors } = await gql(
      api,
      `{ nodeByKey(key: "Policy:关于促进数据标注产业高质量发展的实施意见") {
           ... on Policy { issuedBy { name } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.nodeByKey.issuedBy.map((a: { name: string }) => a.name).sort()).toEqual(
      ['人力资源和社会保障部', '国家发展和改革委员会', '国家数据局', '财政部'].sort(),
    );
  });

  it('lists what bodies in 贵州省 (and its cities) issued', async () => {
    const { data, errors } = await gql(
      api,
      `{ policies(filter: { issuerRegion: "Region:贵州省", includeSubregions: true }, first: 50) {
           edges { node { name issuedBy { name } } } } }`,
    );
    expect(errors).toBeUndefined();
    const names = data.policies.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(names).toContain('贵州省推动人工智能高质量发展行动方案（2025—2027年）');
    expect(names).toContain('贵州省服务“六大产业基地”建设加快发展生产性服务业的若干政策措施');
    expect(names).not.toContain('杭州市人工智能全产业链高质量发展行动计划（2024—2026年）');
  });

  it('answers the same through the agencies located in 贵州省', async () => {
    const { data } = await gql(
      api,
      `{ agencies(filter: { region: "Region:贵州省", includeSubregions: true }) {
           edges { node { name issued { edges { node { name } } } } } } }`,
    );
    const office = data.agencies.edges.find(
      (e: { node: { name: string } }) => e.node.name === '贵州省人民政府办公厅',
    );
    expect(office.node.issued.edges.length).toBeGreaterThanOrEqual(2);
  });
});

describe('why the graph says so', () => {
  const OPINION = 'Policy:关于促进数据标注产业高质量发展的实施意见';

  it('gives the sentence that states a relation, with its article', async () => {
    const { data, errors } = await gql(
      api,
      `{ relation(source: "${OPINION}", type: ISSUED_BY, target: "Agency:国家数据局") {
           type evidenceCount evidence { sentence start end article { title date } } } }`,
    );
    expect(errors).toBeUndefined();
    const { relation } = data;
    expect(relation.type).toBe('ISSUED_BY');
    expect(relation.evidence).toHaveLength(relation.evidenceCount);
    const [first] = relation.evidence;
    expect(first.sentence).toContain('国家数据局');
    expect(first.sentence).toContain('关于促进数据标注产业高质量发展的实施意见');
    expect(first.article.title).toMatch(/数据标注/);
    expect(first.end).toBeGreaterThan(first.start);
  });

  it('answers null for a relation the graph does not have, and gives the evidence of each edge of a neighbourhood', async () => {
    const { data } = await gql(
      api,
      `{ relation(source: "${OPINION}", type: AMENDS, target: "Agency:国家数据局") { type }
         neighborhood(ids: ["${OPINION}"]) { edges { type evidenceCount evidence(first: 1) { sentence } } } }`,
    );
    expect(data.relation).toBeNull();
    const edges = data.neighborhood.edges as { evidenceCount: number; evidence: { sentence: string }[] }[];
    expect(edges.length).toBeGreaterThanOrEqual(4);
    for (const edge of edges) expect(edge.evidence).toHaveLength(Math.min(1, edge.evidenceCount));
    expect(edges.every((edge) => edge.evidenceCount > 0)).toBe(true);
  });
});

describe('what implements what', () => {
  it('finds the policies that implement 东数西算工程', async () => {
    const { data, errors } = await gql(
      api,
      `{ nodeByKey(key: "Initiative:东数西算工程") {
           ... on Initiative { direct: implementedBy { name } all: implementedBy(transitive: true) { name } } } }`,
    );
    expect(errors).toBeUndefined();
    const all = data.nodeByKey.all.map((p: { name: string }) => p.name);
    expect(all).toContain('贵州省推动人工智能高质量发展行动方案（2025—2027年）');
    expect(all.length).toBeGreaterThanOrEqual(data.nodeByKey.direct.length);
  });
});

describe('paths', () => {
  it('connects 杭州市经济和信息化局 and 贵州省人民政府办公厅 through their regions', async () => {
    const { data, errors } = await gql(
      api,
      `{ paths(from: "Agency:杭州市经济和信息化局", to: "Agency:贵州省人民政府办公厅") {
           nodes { id key name } edges { type source target } truncated } }`,
    );
    expect(errors).toBeUndefined();
    const { nodes, edges } = data.paths;
    const keys = nodes.map((n: { key: string }) => n.key);
    expect(keys).toContain('Agency:杭州市经济和信息化局');
    expect(keys).toContain('Agency:贵州省人民政府办公厅');
    expect(edges.length).toBeGreaterThanOrEqual(2);
    const ids = new Set(nodes.map((n: { id: string }) => n.id));
    for (const edge of edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  });

  it('is empty when the relations allowed cannot connect them', async () => {
    const { data } = await gql(
      api,
      `{ paths(from: "Agency:杭州市经济和信息化局", to: "Agency:贵州省人民政府办公厅", relationTypes: [AMENDS]) {
           nodes { key } edges { type } } }`,
    );
    expect(data.paths).toEqual({ nodes: [], edges: [] });
  });
});

describe('search and exploration', () => {
  it('finds 贵州省 first for 贵州, with the match marked', async () => {
    const { data } = await gql(
      api,
      `{ search(text: "贵州", types: [Region], first: 5) { highlight node { key } } }`,
    );
    expect(data.search[0]).toEqual({ highlight: '<mark>贵州</mark>省', node: { key: 'Region:贵州省' } });
  });

  it('finds an agency by a short name it is known by', async () => {
    const { data } = await gql(api, `{ search(text: "国家发展改革委", types: [Agency]) { node { name } } }`);
    expect(data.search[0].node.name).toBe('国家发展和改革委员会');
  });

  it('returns a neighbourhood whose edges join returned nodes, and says when it cut it short', async () => {
    const { data: found } = await gql(api, `{ nodeByKey(key: "Region:贵州省") { id } }`);
    const { data } = await gql(
      api,
      `query($id: ID!) { neighborhood(ids: [$id], depth: 2, limit: 5) { nodes { id type } edges { source target } truncated } }`,
      { id: found.nodeByKey.id },
    );
    expect(data.neighborhood.nodes.length).toBe(5);
    expect(data.neighborhood.truncated).toBe(true);
    const ids = new Set(data.neighborhood.nodes.map((n: { id: string }) => n.id));
    for (const edge of data.neighborhood.edges)
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
  });

  it('shows where a node was read, with the article it came from', async () => {
    const { data } = await gql(
      api,
      `{ nodeByKey(key: "Agency:国家数据局") { mentions(first: 2) { sentence start end article { title issue { serial } } } } }`,
    );
    const [first] = data.nodeByKey.mentions;
    expect(first.sentence).toContain('国家数据局');
    expect(first.article.issue.serial).toBe(215);
  });

  it('gives each sentence that mentions a node once, however often it names the node', async () => {
    const { data } = await gql(
      api,
      `{ nodeByKey(key: "Agency:国家发展和改革委员会") { mentions(first: 50) { sentence article { key } } } }`,
    );
    const places = data.nodeByKey.mentions.map(
      (m: { sentence: string; article: { key: string } }) => `${m.article.key} ${m.sentence}`,
    );
    expect(places.length).toBeGreaterThan(1);
    expect(new Set(places).size).toBe(places.length);
  });

  it('places the sample’s policies on a timeline and counts the graph', async () => {
    const { data } = await gql(api, '{ timeline { name date } stats { articles nodes { type count } } }');
    expect(data.timeline.length).toBeGreaterThan(10);
    const dates = data.timeline.map((p: { date: string }) => p.date);
    expect(dates).toEqual([...dates].sort());
    expect(data.stats.articles).toBe(18);
  });
});

describe('related policies', () => {
  it('relates the two 安徽省 rules to each other, saying why', async () => {
    const { data, errors } = await gql(
      api,
      `{ related(policy: "Policy:安徽省公共数据资源登记实施细则（试行）", first: 3) { score reasons policy { name } } }`,
    );
    expect(errors).toBeUndefined();
    const [top] = data.related;
    expect(top.policy.name).toBe('安徽省公共数据资源授权运营实施细则（试行）');
    expect(top.reasons.join('；')).toMatch(/同一地区：安徽省|同一发文机关|文本相似/);
    expect(top.score).toBeGreaterThan(data.related[2].score);
  });
});
