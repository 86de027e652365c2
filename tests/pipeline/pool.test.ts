// Extraction in a pool of worker threads gives what extraction on the calling thread gives: the
// same articles in the same order, the same refusals, and in the real Neo4j the same graph.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Article } from '../../core/model.ts';
import type { Db } from '../../graph/driver.ts';
import type { ImportItem } from '../../graph/import/index.ts';
import { extractedInputs, type ImportInputs } from '../../pipeline/extracted.ts';
import { importInputs } from '../../pipeline/index.ts';
import { snapshot } from '../graph/import/snapshot.ts';
import { testDb, wipe } from '../support/db.ts';

// real articles by other publishers and the sample issue: many files, some refused (the gold files
// are JSON without article records), so order and refusals are both at stake
const REAL: ImportInputs = { paths: ['tests/fixtures/realdev', 'samples'] };

async function extracted(inputs: ImportInputs, workers: number): Promise<ImportItem[]> {
  const items: ImportItem[] = [];
  for await (const item of extractedInputs(inputs, { workers })) items.push(item);
  return items;
}

describe('extraction in worker threads', () => {
  test('hands the writer the articles and refusals of one thread, in input order', async () => {
    const [alone, pooled] = [await extracted(REAL, 1), await extracted(REAL, 2)];
    expect(alone.filter((item) => 'article' in item).length).toBeGreaterThan(50);
    expect(alone.filter((item) => 'failure' in item).length).toBeGreaterThan(5);
    expect(pooled).toEqual(alone);
  });

  test('a file a worker fails on is refused with the reason the calling thread gives, not thrown', async () => {
    // no text: extraction throws in the worker as it would on this thread
    const broken = { title: '没有正文', file: 'broken.json' } as unknown as Article;
    const items = await extracted({ articles: [broken] }, 2);
    expect(items).toEqual([
      { failure: { file: 'broken.json', reason: expect.stringMatching(/^extraction failed: .+/) } },
    ]);
    expect(items).toEqual(await extracted({ articles: [broken] }, 1));
  });

  test('closes its pool when the writer stops taking articles', async () => {
    // a live pool holds a message port per worker thread
    const ports = () => process.getActiveResourcesInfo().filter((kind) => kind === 'MessagePort').length;
    const before = ports();
    for await (const _ of extractedInputs(REAL, { workers: 2 })) {
      expect(ports()).toBeGreaterThan(before);
      break;
    }
    expect(ports()).toBe(before);
  });
});

describe('a parallel import', () => {
  let db: Db;
  beforeAll(async () => {
    db = await testDb();
  });
  afterAll(() => db.close());

  async function graphAfter(workers: number) {
    await wipe(db);
    const { run: _run, ...summary } = await importInputs(db, REAL, { workers });
    return { summary: { ...summary, seconds: 0 }, graph: await snapshot(db) };
  }

  test('writes the single-threaded graph: every node, property and relation', async () => {
    const alone = await graphAfter(1);
    const pooled = await graphAfter(2);
    expect(alone.graph.nodes.length).toBeGreaterThan(300);
    expect(pooled.summary).toEqual(alone.summary);
    expect(pooled.graph).toEqual(alone.graph);
  });
});
