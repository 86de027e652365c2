// The imports view in Debian's Chromium, against `zhengtu serve` over the real test Neo4j: the
// sample imported by `zhengtu import`, then imported again beside a file that cannot be read. The
// view lists both runs newest first with their counts and the refused file with its reason, and
// opens what the first run brought on the canvas.
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from '../../harness/chromium.ts';
import { testDb, wipe } from '../support/db.ts';
import { canvasNodes, settle } from './e2e/canvas.ts';
import { cliImport, type Explorer, SAMPLE, startExplorer } from './e2e/server.ts';

const SHOTS = 'test-results';
const PATIENCE = { timeout: 20_000 };

let explorer: Explorer;
let browser: Browser;
let page: Page;
let dir: string;
let old: string;
let articles: number;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const db = await testDb();
  await wipe(db);
  explorer = await startExplorer(inject('neo4j'));
  [{ n: articles = 0 } = { n: 0 }] = await db.read<{ n: number }>('MATCH (a:Article) RETURN count(a) AS n');
  await db.close();
  dir = await mkdtemp(join(tmpdir(), 'zhengtu-imports-'));
  // an old Word document (its OLE header is enough to tell it): refused, saying to save it as .docx
  old = join(dir, '通知.doc');
  await writeFile(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  expect(await cliImport(inject('neo4j'), [SAMPLE, old])).toBe(1);
  browser = await launchChromium();
  page = await openPage(browser, explorer.url);
});

afterAll(async () => {
  await browser?.close();
  await explorer?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const runs = () => page.getByTestId('run');

describe('the imports view', () => {
  it('lists the runs newest first with their counts', async () => {
    await page.getByRole('tab', { name: '导入记录' }).click();
    await expect.poll(() => runs().count(), PATIENCE).toBe(2);
    const [again, first] = await page.getByTestId('run-counts').allInnerTexts();
    expect(articles).toBeGreaterThan(10);
    expect(first).toMatch(new RegExp(`${articles}\\s*新增`));
    expect(first).toMatch(/0\s*失败/);
    expect(again).toMatch(/0\s*新增/);
    expect(again).toMatch(new RegExp(`${articles}\\s*未变`));
    expect(again).toMatch(/1\s*失败/);
    await expect.poll(() => runs().first().textContent()).toMatch(/没有带来新内容/);
  });

  it('names the refused file with the reason and what to do', async () => {
    const refused = runs().first().getByTestId('run-refused');
    await refused.locator('summary').click();
    const text = await refused.textContent();
    expect(text).toContain('通知.doc');
    expect(text).toMatch(/save it as \.docx/);
    await page.screenshot({ path: `${SHOTS}/imports-view.png` });
  });

  it('opens what the first run brought on the canvas, in a link that reproduces it', async () => {
    await runs().nth(1).getByRole('button', { name: '在画布上打开' }).click();
    await settle(page);
    await expect.poll(async () => (await canvasNodes(page)).length, PATIENCE).toBeGreaterThan(20);
    const names = (await canvasNodes(page)).map((node) => node.name);
    expect(names).toContain('国家数据局');
    expect(new URL(page.url()).searchParams.getAll('s')).toEqual([expect.stringMatching(/^r~/)]);
    await page.screenshot({ path: `${SHOTS}/imports-canvas.png` });
    const shared = await openPage(browser, page.url());
    await settle(shared);
    expect((await canvasNodes(shared)).map((node) => node.name).sort()).toEqual([...names].sort());
    await shared.close();
  });
});
