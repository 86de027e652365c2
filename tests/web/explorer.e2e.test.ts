// The explorer end to end in Debian's Chromium, against `zhengtu serve` over the real test Neo4j with
// the sample imported: the walk a reader takes from a search to a shared link. Screenshots land in
// test-results/ for a person to look at.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage } from '../../harness/chromium.ts';
import { LARGE_GRAPH } from '../../web/src/lib/layouts.ts';
import {
  type CanvasNode,
  canvasEdges,
  canvasLabels,
  canvasNodes,
  elementPoint,
  settle,
} from './e2e/canvas.ts';
import { type Explorer, startExplorer } from './e2e/server.ts';

const POLICY = '关于促进数据标注产业高质量发展的实施意见';
const ISSUERS = ['国家发展和改革委员会', '国家数据局', '财政部', '人力资源和社会保障部'];
const SHOTS = 'test-results';
// A busy CI machine answers in seconds, not milliseconds: polls wait this long.
const PATIENCE = { timeout: 20_000 };

let explorer: Explorer;
let browser: Browser;
let page: Page;
let policy: CanvasNode;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/explorer-${name}.png` });
}

async function named(name: string): Promise<CanvasNode> {
  const node = (await canvasNodes(page)).find((n) => n.name === name);
  if (!node) throw new Error(`${name} is not on the canvas`);
  return node;
}

async function clickNode(node: CanvasNode): Promise<void> {
  const point = await elementPoint(page, node.id);
  await page.mouse.click(point.x, point.y);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // ZHENGTU_E2E_URL walks an explorer that is already serving instead of starting one.
  const running = process.env.ZHENGTU_E2E_URL;
  explorer = running ? { url: running, stop: async () => {} } : await startExplorer(inject('neo4j'));
  browser = await launchChromium();
  page = await openPage(browser, explorer.url);
});

afterAll(async () => {
  await browser?.close();
  await explorer?.stop();
});

describe('exploring the sample in a browser', () => {
  it('finds the 数据标注 opinion by type-ahead, grouped by type with counts', async () => {
    await page.getByRole('combobox').first().fill('数据标注');
    const group = page.getByRole('group', { name: '政策' });
    await expect.poll(() => group.locator('h4').textContent(), PATIENCE).toMatch(/政策\s*\d+/);
    await shot('01-search');
    await group.locator('.hit', { hasText: POLICY }).first().click();
  });

  it('puts the policy on the canvas with its four issuing agencies', async () => {
    await settle(page);
    policy = await named(POLICY);
    const nodes = await canvasNodes(page);
    const issuers = (await canvasEdges(page))
      .filter((e) => e.type === 'ISSUED_BY' && e.source === policy.id)
      .map((e) => nodes.find((n) => n.id === e.target)?.name);
    expect(issuers.sort()).toEqual([...ISSUERS].sort());
    await shot('02-focus');
  });

  it('writes a long name in two lines under its node and shows it whole on hover', async () => {
    const label = (await canvasLabels(page)).find((l) => l.label === POLICY);
    expect(label?.text.split('\n')).toHaveLength(2);
    const point = await elementPoint(page, policy.id);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => page.locator('.canvas').getAttribute('title'), PATIENCE).toBe(POLICY);
  });

  it('shows the evidence with the mention highlighted and its article', async () => {
    await page.getByRole('tab', { name: '详情' }).click();
    const evidence = page.locator('.evidence').first();
    await expect
      .poll(() => page.locator('.evidence').count(), {
        ...PATIENCE,
        message: 'the policy has evidence sentences',
      })
      .toBeGreaterThan(0);
    expect(await evidence.locator('mark').first().textContent()).toMatch(/实施意见/);
    expect(await evidence.locator('footer').textContent()).toMatch(/数据标注/);
    await shot('03-evidence');
  });

  it('shows the sentence behind a relation when its edge is clicked, both ends marked', async () => {
    const bureau = await named('国家数据局');
    const edge = (await canvasEdges(page)).find((e) => e.source === policy.id && e.target === bureau.id);
    if (!edge) throw new Error('no ISSUED_BY edge from the policy to 国家数据局');
    const point = await elementPoint(page, edge.id);
    await page.mouse.click(point.x, point.y);
    const panel = page.locator('section.details');
    await expect.poll(() => panel.locator('h3').textContent(), PATIENCE).toMatch(/发文机关/);
    await expect.poll(() => panel.locator('.evidence').count(), PATIENCE).toBeGreaterThan(0);
    const marks = await panel.locator('.evidence').first().locator('mark').allTextContents();
    expect(marks).toContain('国家数据局');
    expect(marks).toContain(POLICY);
    await shot('03b-relation');
  });

  it('expands an agency by double-clicking it: its seat joins the canvas', async () => {
    const ndrc = await named('国家发展和改革委员会');
    const point = await elementPoint(page, ndrc.id);
    await page.mouse.dblclick(point.x, point.y);
    const seat = async () => {
      const nodes = await canvasNodes(page);
      const edge = (await canvasEdges(page)).find((e) => e.type === 'LOCATED_IN' && e.source === ndrc.id);
      return nodes.find((n) => n.id === edge?.target)?.name;
    };
    await expect.poll(seat, PATIENCE).toBe('中国');
    await settle(page);
    await shot('04-expanded');
  });

  it('finds the path from an issuer to a document chosen by search, dimming the rest', async () => {
    await clickNode(await named('财政部'));
    await page.getByRole('tab', { name: '详情' }).click();
    await page.getByRole('button', { name: '起点', exact: true }).click();
    await page.getByRole('tab', { name: '路径' }).click();
    await page.getByRole('combobox', { name: '终点' }).fill('数字中国建设整体布局规划');
    await page.locator('.paths .hit', { hasText: '数字中国建设整体布局规划' }).first().click();
    await page.getByRole('button', { name: '查找路径' }).click();
    const onPath = async () =>
      (await canvasNodes(page)).filter((n) => n.classes.includes('path')).map((n) => n.name);
    await expect
      .poll(onPath, PATIENCE)
      .toEqual(expect.arrayContaining(['财政部', '中国', '数字中国建设整体布局规划']));
    await settle(page);
    const off = (await canvasNodes(page)).filter((n) => !n.classes.includes('path'));
    expect(off.length).toBeGreaterThan(0);
    expect(off.every((n) => n.classes.includes('dimmed'))).toBe(true);
    await shot('05-path');
  });

  it('lists related policies with score and reasons, and adds one with a click', async () => {
    await page.getByRole('button', { name: '清除路径高亮' }).click();
    await settle(page);
    await clickNode(policy);
    await page.getByRole('tab', { name: '相关政策' }).click();
    const first = page.locator('section[aria-label="相关政策"] li').first();
    await expect.poll(() => first.locator('.score').textContent(), PATIENCE).toMatch(/\d\.\d\d/);
    expect(await first.locator('.reason').count()).toBeGreaterThan(0);
    const before = (await canvasNodes(page)).length;
    const add = page.locator('section[aria-label="相关政策"] li button:not([disabled])').first();
    await add.click();
    await expect.poll(async () => (await canvasNodes(page)).length, PATIENCE).toBe(before + 1);
    await settle(page);
    await shot('06-related');
  });

  it('reproduces the same view from the shared URL', async () => {
    const url = page.url();
    expect(url).toContain('s=');
    const ids = (await canvasNodes(page)).map((n) => n.id).sort();
    const edgeIds = (await canvasEdges(page)).map((e) => e.id).sort();
    const again = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await again.goto(url);
    await expect.poll(async () => (await canvasNodes(again)).length, PATIENCE).toBe(ids.length);
    expect((await canvasNodes(again)).map((n) => n.id).sort()).toEqual(ids);
    // Relations reach the canvas after their nodes: wait for them as for the nodes.
    await expect
      .poll(async () => (await canvasEdges(again)).map((e) => e.id).sort(), PATIENCE)
      .toEqual(edgeIds);
    await settle(again);
    await again.screenshot({ path: `${SHOTS}/explorer-07-reloaded.png` });
    await again.close();
  });
});

// A key (Metric:贵州省·算力规模@2025=150EFlops) is for programs: its type prefix, its `·` between
// subject and name, its `@` and `=` never reach the canvas. A label's own separator is spaced (` · `).
const KEY_PARTS = /^(Agency|Policy|Region|Initiative|Metric|Article|Issue):|@|=|\S·|·\S/;

describe('labels on the sample’s canvas', () => {
  it('read as a person writes them: figures by what they measure, value and year, never a key', async () => {
    const answer = await fetch(`${explorer.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regions(first: 100) { edges { node { id } } } }' }),
    });
    const { data } = (await answer.json()) as { data: { regions: { edges: { node: { id: string } }[] } } };
    // Every region with its neighbourhood: the sample's documents, bodies and figures around them.
    const steps = data.regions.edges.map((e) => `s=x~${encodeURIComponent(e.node.id)}~`).join('&');
    const whole = await openPage(browser, `${explorer.url}/?${steps}`);
    await expect.poll(async () => (await canvasNodes(whole)).length, PATIENCE).toBeGreaterThan(100);
    await settle(whole);
    await whole.screenshot({ path: `${SHOTS}/explorer-08-labels.png` });
    const labels = await canvasLabels(whole);
    // Above LARGE_GRAPH nodes the canvas draws no labels, so only their text is checked there.
    const drawn = labels.length <= LARGE_GRAPH;
    expect(
      labels.filter((l) => KEY_PARTS.test(l.label) || KEY_PARTS.test(l.text) || (drawn && !l.text)),
    ).toEqual([]);
    const figures = labels.filter((l) => l.type === 'Metric').map((l) => l.label);
    expect(figures.length).toBeGreaterThan(10);
    expect(figures).toContain('算力规模 150 EFlops · 2025 目标');
    expect(figures.every((f) => /\d/.test(f))).toBe(true);
    // Figures share names: a search hit says whose each is.
    await whole.getByRole('combobox').first().fill('算力规模');
    const hit = whole.locator('.hit', { hasText: '算力规模 150 EFlops · 2025 目标' });
    await expect.poll(() => hit.first().locator('.about').textContent(), PATIENCE).toBe('贵州省');
    await whole.close();
  });
});
