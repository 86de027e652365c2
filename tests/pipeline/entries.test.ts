// Every entry to the import builds the same graph from the same input: `zhengtu import`, what
// `zhengtu start` imports, and the API's importArticles mutation (one call per file, as the command
// extracts one file's articles together). The file an article was read from is the only difference.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { importer } from '../../api/importer.ts';
import { importSamplesInto } from '../../cli/commands/start.ts';
import type { Db } from '../../graph/driver.ts';
import { readInputs } from '../../importers/read.ts';
import { gql, testApi } from '../api/client.ts';
import { snapshot } from '../graph/import/snapshot.ts';
import { testDb, wipe } from '../support/db.ts';

const SAMPLES = 'samples';
// single articles by other publishers, in three formats, with no newsletter issue (the API has none)
const REAL = [
  'tests/fixtures/realdev/b01.html',
  'tests/fixtures/realdev/b03.md',
  'tests/fixtures/realdev/b05.md',
];
const TOKEN = 'test-token-entries';

let db: Db;
const saved = process.env.ZHENGTU_API_TOKEN;
beforeAll(async () => {
  db = await testDb();
  process.env.ZHENGTU_API_TOKEN = TOKEN;
});
afterAll(async () => {
  process.env.ZHENGTU_API_TOKEN = saved;
  if (saved === undefined) delete process.env.ZHENGTU_API_TOKEN;
  await db.close();
});

describe('one pipeline behind every entry', () => {
  test('zhengtu start imports the sample as zhengtu import does', async () => {
    const command = await graphAfter(() => cli(['import', SAMPLES]));
    const start = await graphAfter(async () => {
      expect((await importSamplesInto(db)).failed).toBe(0);
    });
    expect(start.nodes.length).toBeGreaterThan(100);
    expect(start).toEqual(command);
  });

  test('the importArticles mutation builds the graph zhengtu import builds', async () => {
    const command = await graphAfter(() => cli(['import', ...REAL]));
    const api = testApi(db, [], importer(db));
    const mutation = await graphAfter(async () => {
      for await (const file of readInputs(REAL)) {
        if ('error' in file) throw file.error;
        const articles = file.articles.map(({ title, text, date, source, url, section }) => ({
          title,
          text,
          date,
          source,
          url,
          section,
        }));
        const response = await gql(
          api,
          'mutation($articles: [ArticleInput!]!) { importArticles(articles: $articles) { new failed } }',
          { articles },
          { authorization: `Bearer ${TOKEN}` },
        );
        expect(response.data?.importArticles).toEqual({ new: articles.length, failed: 0 });
      }
    });
    expect(mutation.edges.length).toBeGreaterThan(20);
    expect(mutation).toEqual(command);
  });
});

/** The whole graph after `load` into an empty database, with the file each article came from left out. */
async function graphAfter(load: () => Promise<void> | void) {
  await wipe(db);
  await load();
  const { nodes, edges } = await snapshot(db);
  return {
    nodes: (nodes as { props: Record<string, unknown> }[]).map(
      ({ props: { file: _file, ...props }, ...node }) => ({
        ...node,
        props,
      }),
    ),
    edges,
  };
}

function cli(args: string[]): void {
  const { uri, user, password, database } = inject('neo4j');
  const run = spawnSync('node', ['bin/zhengtu.js', ...args], {
    env: {
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_USER: user,
      NEO4J_PASSWORD: password,
      NEO4J_DATABASE: database,
    },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
}
