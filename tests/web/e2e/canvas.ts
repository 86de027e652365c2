// Reading the cytoscape canvas from the page through the app's `window.zhengtu` hook: a canvas has
// no DOM to query, so the test asks cytoscape what it draws.
import type { Page } from 'playwright-core';

interface Hooked {
  zhengtu?: { cy?: import('cytoscape').Core };
}

/** Waits until requests are answered and the layout has stopped. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const canvas = document.querySelector('.canvas');
    return canvas?.getAttribute('data-layout') === 'done' && !document.querySelector('.loading');
  });
}

export interface CanvasNode {
  id: string;
  name: string;
  type: string;
  classes: string[];
}

export function canvasNodes(page: Page): Promise<CanvasNode[]> {
  return page.evaluate(() => {
    const cy = (window as Hooked).zhengtu?.cy;
    return (cy?.nodes().toArray() ?? []).map((n) => ({
      id: n.id(),
      name: String(n.data('name')),
      type: String(n.data('type')),
      classes: n.classes(),
    }));
  });
}

/** Each node's whole label (its tooltip) and the text the canvas writes under it. */
export function canvasLabels(page: Page): Promise<{ type: string; label: string; text: string }[]> {
  return page.evaluate(() => {
    const cy = (window as Hooked).zhengtu?.cy;
    return (cy?.nodes().toArray() ?? []).map((n) => ({
      type: String(n.data('type')),
      label: String(n.data('label')),
      text: String(n.style('label')),
    }));
  });
}

export function canvasEdges(
  page: Page,
): Promise<{ id: string; type: string; source: string; target: string }[]> {
  return page.evaluate(() => {
    const cy = (window as Hooked).zhengtu?.cy;
    return (cy?.edges().toArray() ?? []).map((e) => ({
      id: e.id(),
      type: String(e.data('type')),
      source: e.source().id(),
      target: e.target().id(),
    }));
  });
}

/** Where on the page a node's centre or an edge's middle is drawn, for real mouse clicks on it. */
export async function elementPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const rendered = await page.evaluate((elementId) => {
    const cy = (window as Hooked).zhengtu?.cy;
    const [node, edge] = [cy?.nodes().getElementById(elementId), cy?.edges().getElementById(elementId)];
    if (node?.nonempty()) return node.renderedPosition();
    return edge?.nonempty() ? edge.renderedMidpoint() : null;
  }, id);
  const box = await page.locator('.canvas').boundingBox();
  if (!rendered || !box) throw new Error(`${id} is not on the canvas`);
  return { x: box.x + rendered.x, y: box.y + rendered.y };
}
