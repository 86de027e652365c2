// The record of the imports through GraphQL: `imports` lists the runs newest first in pages, a run
// gives its counts, refusals, articles and graph, an article says which runs brought it, and the
// importArticles mutation answers with the run it recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importer } from '../../api/importer.ts';
import type { Api } from '../../api/yoga.ts';
import type { Db } from '../../graph/driver.ts';
import { testDb, wipe } from '../support/db.ts';
import { gql, testApi } from './client.ts';
import { importSample } from './sample.ts';

let db: Db;
let api: Api;
const TOKEN = 'test-token-imports';
const saved = process.env.ZHENGTU_API_TOKEN;

const ARTICLE = {
  title: '贵州发布人工智能高质量发展三年行动方案',
  text: '近日，贵州省人民政府办公厅印发《贵州省推动人工智能高质量发展行动方案（2025—2027年）》。',
  url: 'https://example.gov.cn/imports/guizhou-ai',
  date: '2025-01-13',
};
const IMPORT = `mutation($articles: [ArticleInput!]!) {
  importArticles(articles: $articles) { new run { id command inputs new files } }
}`;
const RUN = `id command inputs startedAt endedAt files new updated unchanged failed nodesCreated relationsCreated
  refused { file article reason } error`;

beforeAll(async () => {
  db = await testDb();
  await wipe(db);
  process.env.ZHENGTU_API_TOKEN = TOKEN;
  api = testApi(db, [], importer(db));
  await importSample(db);
  await importSample(db);
});
afterAll(async () => {
  process.env.ZHENGTU_API_TOKEN = saved;
  if (saved === undefined) delete process.env.ZHENGTU_API_TOKEN;
  await db.close();
});

describe('imports', () => {
  let mutationRun: { id: string };

  it('the importArticles mutation answers with the run it recorded', async () => {
    const response = await gql(api, IMPORT, { articles: [ARTICLE] }, { authorization: `Bearer ${TOKEN}` });
    expect(response.errors).toBeUndefined();
    mutationRun = response.data.importArticles.run;
    expect(response.data.importArticles).toEqual({
      new: 1,
      run: { id: expect.any(String), command: 'importArticles', inputs: [], new: 1, files: 1 },
    });
  });

  it('lists the runs newest first, a page at a time', async () => {
    const page = async (after?: string) =>
      (
        await gql(
          api,
          `query($after: String) { imports(first: 2, after: $after) {
        edges { cursor node { ${RUN} } } pageInfo { hasNextPage endCursor } } }`,
          { after },
        )
      ).data.imports;
    const first = await page();
    expect(first.edges.map((edge: { node: { id: string } }) => edge.node.id)[0]).toBe(mutationRun.id);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page(first.pageInfo.endCursor);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const [again, sample] = [first.edges[1].node, second.edges[0].node];
    expect(sample).toMatchObject({
      command: 'zhengtu import',
      files: 1,
      updated: 0,
      unchanged: 0,
      failed: 0,
    });
    expect(sample.new).toBeGreaterThan(10);
    expect(sample.nodesCreated).toBeGreaterThan(sample.new);
    expect(sample.inputs[0]).toMatch(/dsj-2025-02\.md$/);
    expect(again).toMatchObject({ new: 0, unchanged: sample.new, nodesCreated: 0, refused: [], error: null });
    expect(Date.parse(again.startedAt)).toBeGreaterThanOrEqual(Date.parse(sample.endedAt));
  });

  it('a run gives the articles it brought and the graph they state; an article names its runs', async () => {
    const { data } = await gql(
      api,
      `query($id: ID!) { importRun(id: $id) {
      articles(first: 5) { edges { node { key importedBy { id command } } } }
      graph(limit: 30) { nodes { key type } edges { type source target } truncated } } }`,
      {
        id: mutationRun.id,
      },
    );
    const [article] = data.importRun.articles.edges;
    expect(article.node.key).toBe(`Article:${ARTICLE.url}`);
    expect(article.node.importedBy).toEqual([{ id: mutationRun.id, command: 'importArticles' }]);
    const keys = data.importRun.graph.nodes.map((node: { key: string }) => node.key);
    expect(keys).toContain('Policy:贵州省推动人工智能高质量发展行动方案（2025—2027年）');
    expect(keys).toContain('Agency:贵州省人民政府办公厅');
    expect(data.importRun.graph.edges).toContainEqual(expect.objectContaining({ type: 'ISSUED_BY' }));
    expect(data.importRun.graph.truncated).toBe(false);
  });

  it('refuses an id that is not a run’s, saying so', async () => {
    const response = await gql(api, `{ importRun(id: "Agency:国家数据局") { id } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/Not an import run id/);
  });
});
