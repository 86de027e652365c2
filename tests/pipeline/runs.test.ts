// The record of each import: an ImportRun with its inputs, counts and refusals, linked to the
// articles it brought. Against the real Neo4j, through the pipeline every entry composes.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ExtractedArticle, ImportRun, RunKey } from '../../core/model.ts';
import type { Db } from '../../graph/driver.ts';
import { importArticles } from '../../graph/import/index.ts';
import { closeRun, openRun } from '../../graph/import/runs.ts';
import { importRuns, importRunsByKeys, runsOfArticles } from '../../graph/queries/runs.ts';
import { importInputs } from '../../pipeline/index.ts';
import { extracted } from '../graph/import/articles.ts';
import { count } from '../graph/import/snapshot.ts';
import { testDb, wipe } from '../support/db.ts';

const SAMPLE = 'samples/dsj-2025-02.md';

let db: Db;
let dir: string;
let issue: string;
let refused: string;
beforeAll(async () => {
  db = await testDb();
  await wipe(db);
  dir = await mkdtemp(join(tmpdir(), 'zhengtu-runs-'));
  issue = join(dir, 'issue.md');
  refused = join(dir, '通知.doc');
  await copyFile(SAMPLE, issue);
  await writeFile(refused, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
});
afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

const runOf = async (key: RunKey | undefined): Promise<ImportRun> => {
  const [run] = await importRunsByKeys(db.read, [key ?? '']);
  if (!run) throw new Error(`no run ${key}`);
  return run;
};
const brought = (key: RunKey | undefined) =>
  count(db, 'MATCH (:ImportRun {key: $key})-[:BROUGHT]->(a:Article) RETURN count(a) AS n', { key });

describe('each import is recorded as a run', () => {
  let first: ImportRun;

  test('the run keeps its command, inputs, times, counts and refused files with their reasons', async () => {
    const summary = await importInputs(db, { paths: [issue, refused] }, { command: 'zhengtu import' });
    first = await runOf(summary.run);
    expect(summary.new).toBeGreaterThan(10);
    expect(first).toMatchObject({
      command: 'zhengtu import',
      inputs: [issue, refused],
      files: 2,
      new: summary.new,
      updated: 0,
      unchanged: 0,
      failed: 1,
      nodesCreated: summary.nodesCreated,
      relationsCreated: summary.relationsCreated,
      error: null,
    });
    expect(first.nodesCreated).toBeGreaterThan(summary.new);
    expect(first.refused).toEqual([
      { file: refused, reason: expect.stringMatching(/\.doc.*save it as \.docx/) },
    ]);
    expect(Date.parse(first.endedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(first.startedAt));
  });

  test('it brought every article it wrote, and the graph holds no article it did not bring', async () => {
    expect(await brought(first.key)).toBe(first.new);
    expect(await count(db, 'MATCH (a:Article) RETURN count(a) AS n')).toBe(first.new);
  });

  test('importing the unchanged file again records a run that brought nothing', async () => {
    const summary = await importInputs(db, { paths: [issue] });
    const again = await runOf(summary.run);
    expect(again).toMatchObject({ files: 1, new: 0, updated: 0, unchanged: first.new, failed: 0 });
    expect(again).toMatchObject({ nodesCreated: 0, relationsCreated: 0, refused: [] });
    expect(await brought(again.key)).toBe(0);
    expect(await brought(first.key)).toBe(first.new);
  });

  test('a changed article is brought by the run that changed it, and keeps the run that first brought it', async () => {
    const text = await readFile(issue, 'utf8');
    // One article's closing sentence gains a sentence; every other article stays as it was.
    await writeFile(
      issue,
      text.replace('（来源：最高人民法院）', '会议还部署了数据标注工作。（来源：最高人民法院）'),
    );
    const summary = await importInputs(db, { paths: [issue] });
    const third = await runOf(summary.run);
    expect(third).toMatchObject({ new: 0, updated: 1, unchanged: first.new - 1 });
    const [changed] = await db.read<{ key: string }>(
      'MATCH (:ImportRun {key: $key})-[:BROUGHT]->(a:Article) RETURN a.key AS key',
      { key: third.key },
    );
    const runs = await runsOfArticles(db.read, [changed?.key ?? '']);
    expect(runs.map((row) => row.run.key)).toEqual([third.key, first.key]);
  });

  test('runs are listed newest first, a page at a time', async () => {
    const all = await importRuns(db.read, 0, 10);
    expect(all).toHaveLength(3);
    expect(all.at(-1)?.key).toBe(first.key);
    const times = all.map((run) => run.startedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(await importRuns(db.read, 1, 1)).toEqual([all[1]]);
  });
});

describe('a batch the database refuses leaves neither its articles nor their link to the run', () => {
  // A key longer than the uniqueness index takes: Neo4j refuses the article's transaction and
  // rolls it back whole, the run's link included.
  const refusedByNeo4j = article('被数据库拒绝的文章', `https://example.gov.cn/runs/${'长'.repeat(4000)}`);

  test('the run brings the others and lists the refused article with the database’s reason', async () => {
    await wipe(db);
    const good = [
      article('第一篇', 'https://example.gov.cn/runs/1'),
      article('第二篇', 'https://example.gov.cn/runs/2'),
    ];
    const run = await openRun(db, { command: 'test', inputs: [] });
    const items = [...good, refusedByNeo4j].map((a) => ({ article: a }));
    const summary = await importArticles(db, items, { run, batchSize: 10 });
    await closeRun(db, run, summary);
    const recorded = await runOf(run);
    expect(recorded).toMatchObject({ new: 2, failed: 1 });
    expect(recorded.refused).toEqual([
      {
        file: refusedByNeo4j.file,
        article: refusedByNeo4j.key,
        reason: expect.stringMatching(/too large|index/i),
      },
    ]);
    expect(await brought(run)).toBe(2);
    expect(
      await count(db, 'MATCH (a:Article {key: $key}) RETURN count(a) AS n', { key: refusedByNeo4j.key }),
    ).toBe(0);
  });
});

function article(title: string, url: string): ExtractedArticle {
  return extracted({
    title,
    url,
    text: '国家数据局印发《数据标注基地建设指引》。',
    entities: [
      { type: 'Policy', name: '数据标注基地建设指引' },
      { type: 'Agency', name: '国家数据局' },
    ],
    relations: [['ISSUED_BY', '数据标注基地建设指引', '国家数据局']],
  });
}
