// The importArticles mutation: off unless the server has ZHENGTU_API_TOKEN, refused without the
// same bearer token, and with it the article goes through extraction into the graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importer } from '../../api/importer.ts';
import type { Api } from '../../api/yoga.ts';
import type { Db } from '../../graph/driver.ts';
import { testDb, wipe } from '../support/db.ts';
import { gql, testApi } from './client.ts';

let db: Db;
let api: Api;
const TOKEN = 'test-token-政图';
const saved = process.env.ZHENGTU_API_TOKEN;

beforeAll(async () => {
  db = await testDb();
  await wipe(db);
  api = testApi(db, [], importer(db));
});
afterAll(async () => {
  process.env.ZHENGTU_API_TOKEN = saved;
  if (saved === undefined) delete process.env.ZHENGTU_API_TOKEN;
  await db.close();
});

const IMPORT = `mutation($articles: [ArticleInput!]!) { importArticles(articles: $articles) { new updated unchanged failed } }`;
const ARTICLE = {
  title: '贵州发布人工智能高质量发展三年行动方案',
  text: '近日，贵州省人民政府办公厅印发《贵州省推动人工智能高质量发展行动方案（2025—2027年）》。',
  url: 'https://example.gov.cn/guizhou-ai',
  date: '2025-01-13',
};
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('importArticles', () => {
  it('is disabled when the server has no token', async () => {
    delete process.env.ZHENGTU_API_TOKEN;
    const response = await gql(api, IMPORT, { articles: [ARTICLE] }, bearer(TOKEN));
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a missing or wrong token', async () => {
    process.env.ZHENGTU_API_TOKEN = TOKEN;
    expect((await gql(api, IMPORT, { articles: [ARTICLE] })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const wrong = await gql(api, IMPORT, { articles: [ARTICLE] }, bearer('guess'));
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('imports with the token, and the policy can be asked for at once', async () => {
    process.env.ZHENGTU_API_TOKEN = TOKEN;
    const response = await gql(api, IMPORT, { articles: [ARTICLE] }, bearer(TOKEN));
    expect(response.errors).toBeUndefined();
    expect(response.data.importArticles).toEqual({ new: 1, updated: 0, unchanged: 0, failed: 0 });
    const { data } = await gql(
      api,
      `{ nodeByKey(key: "Policy:贵州省推动人工智能高质量发展行动方案（2025—2027年）") { ... on Policy { issuedBy { name } } } }`,
    );
    expect(data.nodeByKey.issuedBy).toEqual([{ name: '贵州省人民政府办公厅' }]);
    const again = await gql(api, IMPORT, { articles: [ARTICLE] }, bearer(TOKEN));
    expect(again.data.importArticles.unchanged).toBe(1);
  });
});
