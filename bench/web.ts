// How long the explorer takes to lay out and draw a 2,000-node / 5,000-edge subgraph in headless
// Chromium, and how long a frame takes while panning it. Reported, not asserted (issue 6).
// Run: npm run build && npx tsx bench/web.ts [nodes] [edges]
// The built app (web/dist) is loaded as is; /graphql is answered in the page with a generated graph.
// The baseline, in the same run and browser: cytoscape alone given every element, placed already, in
// the look the explorer used before its edge layer (haystack edges): no request, no layout.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../harness/chromium.ts';
import { edgeLook, nodeLook, stylesheet } from '../web/src/lib/styles.ts';
import type { GraphEdge, GraphNode, Subgraph } from '../web/src/lib/subgraph.ts';

const NODES = Number(process.argv[2] ?? 2000);
const EDGES = Number(process.argv[3] ?? 5000);
const DIST = 'web/dist';
const ORIGIN = 'http://zhengtu.bench';
const TYPES: GraphNode['type'][] = ['Policy', 'Agency', 'Region', 'Initiative', 'Metric'];
const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const CYTOSCAPE = 'node_modules/cytoscape/dist/cytoscape.min.js';
const BASELINE_PAGE = `<!doctype html><script src="/cytoscape.min.js"></script>
<div id="cy" style="position:absolute;inset:0"></div>`;

/**
 * Focuses the generated graph's hub, then waits for the layout to stop and two frames to be drawn.
 * The layout is timed around its synchronous run (big graphs are not animated): cytoscape emits
 * `layoutstart` only once positions are computed, so its events cannot time it.
 * Kept as text: tsx would wrap named functions in a helper the page does not have.
 */
const MEASURE = `(async () => {
  const { explorer, cy } = window.zhengtu;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const canvas = document.querySelector('.canvas');
  let layoutStarted = 0;
  let layoutStopped = 0;
  const makeLayout = cy.makeLayout.bind(cy);
  cy.makeLayout = (options) => {
    const layout = makeLayout(options);
    const run = layout.run.bind(layout);
    layout.run = () => {
      layoutStarted = performance.now();
      run();
      layoutStopped = performance.now();
      return layout;
    };
    return layout;
  };
  const started = performance.now();
  await explorer.focus('n0');
  while (canvas.getAttribute('data-layout') !== 'done' || cy.nodes().length === 0) await frame();
  await frame();
  await frame();
  const drawn = performance.now();
  return {
    total: drawn - started,
    before: layoutStarted - started,
    layout: layoutStopped - layoutStarted,
    draw: drawn - layoutStopped,
  };
})()`;

/** 60 frames of panning: the median and 95th percentile frame. */
const PAN = `(async () => {
  const { cy } = window.zhengtu;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const frames = [];
  let last = await frame();
  for (let i = 0; i < 60; i++) {
    cy.panBy({ x: 3, y: 2 });
    const now = await frame();
    frames.push(now - last);
    last = now;
  }
  frames.sort((a, b) => a - b);
  return { frame: frames[30], slowFrame: frames[56] };
})()`;

interface Figures {
  /** From `explorer.focus` until the layout stopped and two frames were drawn. */
  total: number;
  /** Request, response, and the elements added to the canvas. */
  before: number;
  /** The layout's run: positions computed and set, and the viewport fitted (every node measured on the way). */
  layout: number;
  /** The layout's end until two frames were drawn: styles, edge geometry, the drawing itself. */
  draw: number;
  /** Median and 95th percentile frame while panning (requestAnimationFrame runs at most at 60 Hz). */
  frame: number;
  slowFrame: number;
  /** The page's main-thread task time from `focus` to the second frame (CDP TaskDuration): wall time inside tasks, so load still inflates it, but idle waits between frames are left out. */
  cpu: number;
}

async function measure(page: Page): Promise<Figures> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskTime = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
  const cpuBefore = await taskTime();
  const drawn: Omit<Figures, 'frame' | 'slowFrame' | 'cpu'> = await page.evaluate(MEASURE);
  const cpu = (await taskTime()) - cpuBefore;
  const panned: Pick<Figures, 'frame' | 'slowFrame'> = await page.evaluate(PAN);
  return { ...drawn, ...panned, cpu };
}

/** Cytoscape alone: every element at once, with positions, until two frames are drawn. */
const BASELINE = `(async ({ elements, style }) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const started = performance.now();
  const container = document.getElementById('cy');
  const cy = cytoscape({ container, elements, style, layout: { name: 'preset' } });
  cy.fit(undefined, 30);
  await frame();
  await frame();
  return performance.now() - started;
})`;

async function measureBaseline(page: Page): Promise<number> {
  await page.goto(`${ORIGIN}/baseline.html`);
  const next = randomInts(7);
  const random = () => next() / MODULUS;
  const side = 90 * Math.sqrt(graph.nodes.length);
  const elements = [
    ...graph.nodes.map((node) => ({
      group: 'nodes',
      data: { ...node, ...nodeLook(node.type), label: node.name },
      position: { x: random() * side, y: random() * side },
    })),
    ...graph.edges.map((edge) => ({ group: 'edges', data: { ...edge, ...edgeLook(edge.type) } })),
  ];
  return page.evaluate(`${BASELINE}(${JSON.stringify({ elements, style: stylesheet(true) })})`);
}

function answer(body: string | null): unknown {
  const { operationName } = JSON.parse(body ?? '{}') as { operationName?: string };
  if (operationName === 'Neighborhood') return { neighborhood: graph };
  if (operationName === 'Timeline') return { timeline: [] };
  return { search: [], related: [], stats: { nodes: [], articles: 0 } };
}

const MODULUS = 2147483648;

/** The same pseudo-random integers in [0, MODULUS) for the same seed: runs draw the same graph. */
function randomInts(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % MODULUS;
    return state;
  };
}

/** A connected graph: a spanning tree first, then random extra edges, each edge once. */
function generate(nodeCount: number, edgeCount: number): Subgraph {
  const nodes: GraphNode[] = Array.from({ length: nodeCount }, (_, i) => {
    const type = TYPES[i % TYPES.length] ?? 'Policy';
    return {
      id: `n${i}`,
      key: `${type}:节点${i}`,
      type,
      name: `节点${i}`,
      label: `节点${i}`,
      date: null,
      status: null,
      region: null,
    };
  });
  const edges = new Map<string, GraphEdge>();
  const next = randomInts(42);
  const random = (n: number) => next() % n;
  const link = (a: number, b: number) => {
    const id = `e${a}-${b}`;
    if (a !== b) edges.set(id, { id, type: 'ISSUED_BY', source: `n${a}`, target: `n${b}`, evidenceCount: 1 });
  };
  for (let i = 1; i < nodeCount; i++) link(random(i), i);
  while (edges.size < edgeCount) link(random(nodeCount), random(nodeCount));
  return { nodes, edges: [...edges.values()], truncated: false };
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('web/dist is missing: run `npm run build` first');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.route(`${ORIGIN}/**`, async (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/graphql')
        return route.fulfill({ json: { data: answer(route.request().postData()) } });
      if (url.pathname === '/baseline.html')
        return route.fulfill({ body: BASELINE_PAGE, contentType: 'text/html' });
      const file =
        url.pathname === '/cytoscape.min.js'
          ? CYTOSCAPE
          : join(DIST, url.pathname === '/' ? 'index.html' : url.pathname);
      const body = await readFile(file).catch(() => null);
      return body
        ? route.fulfill({ body, contentType: MIME[extname(file)] })
        : route.fulfill({ status: 404 });
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(
      () => 'zhengtu' in window && (window as { zhengtu?: { cy?: unknown } }).zhengtu?.cy,
    );
    const figures = await measure(page);
    const baseline = await measureBaseline(page);
    console.log(
      `elements: ${NODES} nodes / ${EDGES} edges, pivot MDS layout, nodes by cytoscape's canvas renderer (names on emphasised nodes), edges by the edge layer`,
    );
    console.log(`request → graph on canvas, laid out and drawn: ${figures.total.toFixed(0)} ms`);
    console.log(`  request, response, elements added: ${figures.before.toFixed(0)} ms`);
    console.log(`  layout run: ${figures.layout.toFixed(0)} ms`);
    console.log(`  styles and the first two frames: ${figures.draw.toFixed(0)} ms`);
    console.log(`main-thread task time over the same span: ${figures.cpu.toFixed(0)} ms`);
    console.log(
      `frame while panning: ${figures.frame.toFixed(1)} ms median, ${figures.slowFrame.toFixed(1)} ms 95th percentile (60 frames)`,
    );
    console.log(
      `baseline, cytoscape alone drawing every element (placed, no request, no layout): ${baseline.toFixed(0)} ms`,
    );
    console.log(`explorer / baseline: ${(figures.total / baseline).toFixed(2)}×`);
  } finally {
    await browser.close();
  }
}

const graph = generate(NODES, EDGES);
await main();
