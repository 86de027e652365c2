// Bringing a cytoscape instance in line with the explorer's graph without reloading it: elements that
// left are removed, new ones are added next to a neighbour already placed, the rest keep their
// positions. A large graph's edges are left to the edge layer (edge-layer.ts). Pure over `cy`, so it
// runs headless in tests.
import type cytoscape from 'cytoscape';
import { type Lang, relationName } from './i18n.ts';
import { labelLines } from './label-lines.ts';
import { isLarge } from './layouts.ts';
import { fanOut } from './stacks.ts';
import { BULK_EDGES, CLASSES, edgeLook, nodeLook, stylesheet } from './styles.ts';
import type { Graph } from './subgraph.ts';

export interface SyncResult {
  added: string[];
  removed: number;
  /** The graph is large: its edges are not on the canvas, the edge layer draws them. */
  layered: boolean;
}

/** What the canvas shows of its graph: which elements are visible, emphasised, pinned, on the path. */
export interface CanvasView {
  visible: Graph;
  /** Elements in focus; the rest are dimmed. None: nothing is dimmed. */
  emphasis: ReadonlySet<string> | null;
  pinned: ReadonlySet<string>;
  path: ReadonlySet<string> | null;
}

/** The classes the view gives to an element, among those it manages (`VIEW_CLASSES`). */
function viewClasses(id: string, isNode: boolean, view: CanvasView): string[] {
  const classes: string[] = [];
  if (!(isNode ? view.visible.nodes.has(id) : view.visible.edges.has(id))) classes.push(CLASSES.hidden);
  if (view.emphasis) classes.push(view.emphasis.has(id) ? CLASSES.near : CLASSES.dimmed);
  if (isNode && view.pinned.has(id)) classes.push(CLASSES.pinned);
  if (view.path?.has(id)) classes.push(CLASSES.path);
  return classes;
}

const VIEW_CLASSES = [CLASSES.hidden, CLASSES.dimmed, CLASSES.near, CLASSES.pinned, CLASSES.path];

/**
 * Brings `cy` in line with the graph and the view in one batch: one style pass for everything. New
 * elements arrive with their classes, so a 7,000-element answer is styled once, not once more per
 * class change.
 */
export function syncElements(cy: cytoscape.Core, graph: Graph, lang: Lang, view: CanvasView): SyncResult {
  const layered = isLarge(view.visible.nodes.size);
  const stale = cy
    .elements()
    .filter((el) => !(el.isNode() ? graph.nodes.has(el.id()) : !layered && graph.edges.has(el.id())));
  const fresh = [...graph.nodes.values()].filter((node) => !cy.hasElementWithId(node.id));
  const placed = cy.nodes().length - stale.nodes().length;
  const bulk = layered || graph.edges.size > BULK_EDGES;
  cy.batch(() => {
    stale.remove();
    // Swapped before the new elements arrive, so they are styled once, with the look they keep.
    if (Boolean(cy.scratch('bulk')) !== bulk) cy.style(stylesheet(bulk));
    cy.scratch('bulk', bulk);
    if (cy.scratch('lang') !== lang) {
      cy.edges().forEach((edge) => {
        edge.data('label', relationName(lang, edge.data('type')));
      });
      cy.scratch('lang', lang);
    }
    applyView(cy, view);
    cy.add(
      fresh.map((node) => ({
        group: 'nodes' as const,
        data: { ...node, ...nodeLook(node.type), lines: labelLines(node.label) },
        classes: viewClasses(node.id, true, view),
        locked: view.pinned.has(node.id),
      })),
    );
    const newEdges = layered ? [] : [...graph.edges.values()].filter((edge) => !cy.hasElementWithId(edge.id));
    cy.add(
      newEdges.map((edge) => ({
        group: 'edges' as const,
        data: { ...edge, ...edgeLook(edge.type), label: relationName(lang, edge.type) },
        classes: viewClasses(edge.id, false, view),
      })),
    );
    // A canvas laid out from scratch places every node itself.
    if (placed > 0) placeNearNeighbours(cy, graph, new Set(fresh.map((node) => node.id)));
  });
  return { added: fresh.map((node) => node.id), removed: stale.length, layered };
}

/** Gives the elements on the canvas the view's classes, and locks exactly the pinned nodes. */
export function applyView(cy: cytoscape.Core, view: CanvasView): void {
  // Only elements whose classes change are touched, and then whole collections per class: one style
  // pass each instead of one per element and class.
  const adds = new Map(VIEW_CLASSES.map((name) => [name, cy.collection()]));
  const removes = new Map(VIEW_CLASSES.map((name) => [name, cy.collection()]));
  cy.elements().forEach((el) => {
    const wanted = new Set(viewClasses(el.id(), el.isNode(), view));
    for (const name of VIEW_CLASSES) {
      if (wanted.has(name) !== el.hasClass(name)) (wanted.has(name) ? adds : removes).get(name)?.merge(el);
    }
  });
  cy.batch(() => {
    for (const [name, els] of removes) els.removeClass(name);
    for (const [name, els] of adds) els.addClass(name);
    const nodes = cy.nodes();
    nodes.filter((node) => node.locked() && !view.pinned.has(node.id())).unlock();
    nodes.filter((node) => !node.locked() && view.pinned.has(node.id())).lock();
  });
}

// A new node starts beside a placed neighbour, so an incremental layout only has to nudge it. The
// new neighbours of one node go round it on a sunflower spiral, each about as far from the next as
// the first is from the centre: a hub expanded on a large graph (which gets no layout after) opens
// into a disc instead of a heap. Neighbours come from the graph: a large graph's edges are not on the
// canvas.
function placeNearNeighbours(cy: cytoscape.Core, graph: Graph, fresh: ReadonlySet<string>): void {
  const anchors = new Map<string, string>();
  for (const { source, target } of graph.edges.values()) {
    if (fresh.has(source) && !fresh.has(target) && !anchors.has(source)) anchors.set(source, target);
    if (fresh.has(target) && !fresh.has(source) && !anchors.has(target)) anchors.set(target, source);
  }
  const placedAround = new Map<string | undefined, number>();
  for (const id of fresh) {
    const anchor = anchors.get(id);
    const base = anchor ? cy.getElementById(anchor).position() : { x: 0, y: 0 };
    const k = placedAround.get(anchor) ?? 0;
    placedAround.set(anchor, k + 1);
    const [radius, angle] = [NEAR * Math.sqrt(k + 1), k * GOLDEN_ANGLE];
    cy.getElementById(id).position({
      x: base.x + radius * Math.cos(angle),
      y: base.y + radius * Math.sin(angle),
    });
  }
}

/** How far the first new neighbour starts from its anchor, in model pixels. */
const NEAR = 60;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Fans out nodes that a layout put on the same spot (stacks.ts), in one batch. */
export function spreadStacked(nodes: cytoscape.NodeCollection): number {
  const points = new Map(nodes.map((node) => [node.id(), { ...node.position() }]));
  const moved = fanOut([...points.values()]);
  if (moved > 0) nodes.positions((node) => points.get(node.id()) ?? node.position());
  return moved;
}
