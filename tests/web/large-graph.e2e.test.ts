// A large graph in Debian's Chromium, against `zhengtu serve` over the real test Neo4j: two bodies
// that issued 180 documents each, one document issued jointly. Focusing one and expanding the joint
// document and the other body puts over 300 nodes on the canvas: cytoscape then holds the nodes and
// the edge layer draws the relations (web/src/lib/edge-layer.ts).
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importArticles } from '../../graph/import/index.ts';
import { launchChromium, openPage } from '../../harness/chromium.ts';
import { extractArticle } from '../../importers/extract/index.ts';
import { LARGE_GRAPH } from '../../web/src/lib/layouts.ts';
import { testDb, wipe } from '../support/db.ts';
import { canvasEdges, canvasNodes, settle } from './e2e/canvas.ts';
import { type Explorer, startExplorer } from './e2e/server.ts';

const FIRST = '江苏省数据局';
const SECOND = '浙江省财政厅';
const JOINT = '关于公共数据资产协同管理的办法';
const EACH = 180;
const SHOTS = 'test-results';
const PATIENCE = { timeout: 30_000 };

let explorer: Explorer;
let browser: Browser;
let page: Page;

/** One article per body: 180 documents it issued, and the joint one. */
function articles() {
  return [FIRST, SECOND].map((body, b) => {
    const lines = Array.from(
      { length: EACH },
      (_, i) => `近日，${body}印发《数据工作第${b * EACH + i + 1}号指引》。`,
    );
    lines.push(`近日，${FIRST}、${SECOND}联合印发《${JOINT}》。`);
    const article = extractArticle({
      title: `${body}文件汇编`,
      text: lines.join('\n'),
      file: `large-${b}.md`,
    });
    return { article };
  });
}

interface Hooked {
  zhengtu: {
    cy: import('cytoscape').Core;
    layer: import('../../web/src/lib/edge-layer.ts').EdgeLayer;
    /** The explorer's methods the test calls (explorer.svelte.ts uses runes, which tsc cannot read). */
    explorer: {
      visible: import('../../web/src/lib/subgraph.ts').Graph;
      expand(id: string): Promise<void>;
      select(id: string): void;
      view: { selected: string | null };
    };
  };
}

/**
 * Runs in the page: how many pixels of a PNG are not white. The PNG in base64, or none for cytoscape's
 * own export, which draws only the nodes of a large graph.
 */
async function inkedPixels(base64: string | null): Promise<number> {
  const { cy } = (window as unknown as Hooked).zhengtu;
  const png = base64
    ? await (await fetch(`data:image/png;base64,${base64}`)).blob()
    : cy.png({ full: true, maxWidth: 4000, maxHeight: 4000, bg: '#ffffff', output: 'blob' });
  // Counted on a copy 400 pixels wide: a full-size export of a large graph has tens of millions.
  const image = await createImageBitmap(png, { resizeWidth: 400, resizeQuality: 'medium' });
  const context = new OffscreenCanvas(image.width, image.height).getContext('2d');
  if (!context) throw new Error('no 2D context for an OffscreenCanvas');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 250) inked++;
  return inked;
}

/** The id of the node named `name` on the canvas. */
async function idOf(name: string): Promise<string> {
  const node = (await canvasNodes(page)).find((n) => n.name === name);
  if (!node) throw new Error(`${name} is not on the canvas`);
  return node.id;
}

async function expand(name: string): Promise<void> {
  const id = await idOf(name);
  await page.evaluate((nodeId) => (window as unknown as Hooked).zhengtu.explorer.expand(nodeId), id);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const db = await testDb();
  try {
    await wipe(db);
    await importArticles(db, articles());
  } finally {
    await db.close();
  }
  explorer = await startExplorer(inject('neo4j'));
  browser = await launchChromium();
  page = await openPage(browser, explorer.url);
});

afterAll(async () => {
  await browser?.close();
  await explorer?.stop();
});

describe('a graph of more than 300 nodes in a browser', () => {
  it('draws its relations on the edge layer, cytoscape holding only the nodes', async () => {
    await page.getByRole('combobox').first().fill(FIRST);
    await page.locator('.hit', { hasText: FIRST }).first().click();
    await expect.poll(async () => (await canvasNodes(page)).length, PATIENCE).toBeGreaterThan(EACH);
    await settle(page);
    expect((await canvasEdges(page)).length).toBeGreaterThan(EACH);
    await expand(JOINT);
    await expect.poll(async () => (await canvasNodes(page)).map((n) => n.name), PATIENCE).toContain(SECOND);
    await settle(page);
    await expand(SECOND);
    await expect.poll(async () => (await canvasNodes(page)).length, PATIENCE).toBeGreaterThan(LARGE_GRAPH);
    await settle(page);
    expect(await canvasEdges(page)).toEqual([]);
    const drawn = await page.evaluate(() => {
      const { layer, explorer } = (window as unknown as Hooked).zhengtu;
      return { ends: layer.strokes().flatMap((s) => s.ends).length, shown: explorer.visible.edges.size };
    });
    expect(drawn.ends).toBe(drawn.shown);
    expect(drawn.shown).toBeGreaterThan(2 * EACH);
    await page.screenshot({ path: `${SHOTS}/large-01-layer.png` });
  });

  it('draws each relation between its nodes as they are on screen, after a pan too', async () => {
    const inked = () =>
      page.evaluate(() => {
        const { cy, explorer } = (window as unknown as Hooked).zhengtu;
        const canvas = document.querySelector<HTMLCanvasElement>('canvas.edges');
        const context = canvas?.getContext('2d');
        if (!canvas || !context) return 0;
        const ratio = window.devicePixelRatio || 1;
        // The middle of each edge, where no other node's lines need pass.
        return [...explorer.visible.edges.values()].filter((edge) => {
          const [a, b] = [cy.getElementById(edge.source), cy.getElementById(edge.target)];
          const x = ((a.renderedPosition().x + b.renderedPosition().x) / 2) * ratio;
          const y = ((a.renderedPosition().y + b.renderedPosition().y) / 2) * ratio;
          if (x < 0 || y < 0 || x >= canvas.width || y >= canvas.height) return false;
          return (context.getImageData(Math.floor(x), Math.floor(y), 1, 1).data[3] ?? 0) > 0;
        }).length;
      });
    const shown = await page.evaluate(
      () => (window as unknown as Hooked).zhengtu.explorer.visible.edges.size,
    );
    expect(await inked()).toBeGreaterThan(shown * 0.9);
    // Braces: panBy returns cytoscape itself, which playwright would try to serialise.
    await page.evaluate(() => {
      (window as unknown as Hooked).zhengtu.cy.panBy({ x: 57, y: -31 });
    });
    await expect.poll(inked, PATIENCE).toBeGreaterThan(shown * 0.5);
  });

  it('dims the relations away from a selected node, as cytoscape dims nodes', async () => {
    const first = await idOf(FIRST);
    await page.evaluate((id) => (window as unknown as Hooked).zhengtu.explorer.select(id), first);
    const alphas = await page.evaluate(() =>
      (window as unknown as Hooked).zhengtu.layer
        .strokes()
        .map((s) => ({ alpha: s.alpha, count: s.ends.length })),
    );
    const faint = alphas.filter((s) => s.alpha < 1).reduce((sum, s) => sum + s.count, 0);
    const bright = alphas.filter((s) => s.alpha === 1).reduce((sum, s) => sum + s.count, 0);
    expect(faint).toBeGreaterThanOrEqual(EACH);
    expect(bright).toBeGreaterThanOrEqual(EACH);
    await page.screenshot({ path: `${SHOTS}/large-02-selected.png` });
  });

  it('chooses a relation by a click near its line and shows the sentence behind it', async () => {
    // A point of a line that no node covers and no other line touches, on screen.
    const target = await page.evaluate(() => {
      const { cy, explorer } = (window as unknown as Hooked).zhengtu;
      const at = (id: string) => cy.getElementById(id).renderedPosition();
      const nodes = [...explorer.visible.nodes.keys()].map(at);
      const edges = [...explorer.visible.edges.values()];
      const toSegment = (p: { x: number; y: number }, e: { source: string; target: string }) => {
        const [a, b] = [at(e.source), at(e.target)];
        const [dx, dy] = [b.x - a.x, b.y - a.y];
        const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
        return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
      };
      const clearOfNodes = (p: { x: number; y: number }) =>
        nodes.every((n) => Math.hypot(n.x - p.x, n.y - p.y) > 13 * cy.zoom() + 3);
      for (const edge of edges) {
        const [a, b] = [at(edge.source), at(edge.target)];
        for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
          const point = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
          if (clearOfNodes(point) && edges.every((other) => other === edge || toSegment(point, other) > 2))
            return { id: edge.id, point };
        }
      }
      return null;
    });
    const box = await page.locator('.canvas').boundingBox();
    if (!target || !box) throw new Error('no line clear of the others to click');
    await page.mouse.click(box.x + target.point.x, box.y + target.point.y);
    const chosen = () => page.evaluate(() => (window as unknown as Hooked).zhengtu.explorer.view.selected);
    await expect.poll(chosen, PATIENCE).toBe(target.id);
    const panel = page.locator('section.details');
    await expect.poll(() => panel.locator('.evidence').count(), PATIENCE).toBeGreaterThan(0);
    expect(await panel.locator('.evidence mark').count()).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: `${SHOTS}/large-03-relation.png` });
  });

  it('exports a PNG with the relations under the nodes', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 PNG' }).click();
    const exported = (await readFile(await (await download).path())).toString('base64');
    const nodesAlone = await page.evaluate(inkedPixels, null);
    expect(await page.evaluate(inkedPixels, exported)).toBeGreaterThan(nodesAlone * 1.05);
  });

  it('gives the relations back to cytoscape when undoing brings the graph under 300 nodes', async () => {
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await canvasNodes(page)).length, PATIENCE)
      .toBeLessThanOrEqual(LARGE_GRAPH);
    await settle(page);
    const shown = await page.evaluate(
      () => (window as unknown as Hooked).zhengtu.explorer.visible.edges.size,
    );
    expect((await canvasEdges(page)).length).toBe(shown);
    expect(await page.evaluate(() => (window as unknown as Hooked).zhengtu.layer.strokes().length)).toBe(0);
  });
});
