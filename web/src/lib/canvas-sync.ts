// Bringing a cytoscape instance in line with the explorer's graph without reloading it: elements that
// left are removed, new ones are added next to a neighbour already placed, the rest keep their
// positions. Pure over `cy`, so it runs headless in tests.
import type cytoscape from 'cytoscape';
import { type Lang, relationName } from './i18n.ts';
import { BULK_EDGES, CLASSES, edgeLook, nodeLook } from './styles.ts';
import type { Graph } from './subgraph.ts';

export interface SyncResult {
  added: string[];
  removed: number;
}

export function syncElements(cy: cytoscape.Core, graph: Graph, lang: Lang): SyncResult {
  const stale = cy
    .elements()
    .filter((el) => !(el.isNode() ? graph.nodes.has(el.id()) : graph.edges.has(el.id())));
  const fresh = [...graph.nodes.values()].filter((node) => !cy.hasElementWithId(node.id));
  const placed = cy.nodes().length - stale.nodes().length;
  // Elements arrive with their bulk class already set: toggling it afterwards costs a second style pass.
  const bulk = graph.edges.size > BULK_EDGES;
  const classes = bulk ? CLASSES.bulk : '';
  cy.batch(() => {
    stale.remove();
    if (Boolean(cy.scratch('bulk')) !== bulk) cy.elements().toggleClass(CLASSES.bulk, bulk);
    cy.scratch('bulk', bulk);
    cy.add(
      fresh.map((node) => ({
        group: 'nodes' as const,
        data: { ...node, ...nodeLook(node.type), label: node.name },
        classes,
      })),
    );
    const newEdges = [...graph.edges.values()].filter((edge) => !cy.hasElementWithId(edge.id));
    cy.add(
      newEdges.map((edge) => ({
        group: 'edges' as const,
        data: { ...edge, ...edgeLook(edge.type), label: relationName(lang, edge.type) },
        classes,
      })),
    );
    if (cy.scratch('lang') !== lang) {
      cy.edges().forEach((edge) => {
        edge.data('label', relationName(lang, edge.data('type')));
      });
      cy.scratch('lang', lang);
    }
    // A canvas laid out from scratch places every node itself.
    if (placed > 0) placeNearNeighbours(cy, new Set(fresh.map((node) => node.id)));
  });
  return { added: fresh.map((node) => node.id), removed: stale.length };
}

/** Which elements are shown, which are emphasised (the rest dimmed), and which are pinned in place. */
export function applyView(
  cy: cytoscape.Core,
  visible: Graph,
  emphasis: ReadonlySet<string> | null,
  pinned: ReadonlySet<string>,
): void {
  // Whole collections per class: one style pass each instead of one per element and class.
  const shown = (el: cytoscape.SingularElementArgument) =>
    el.isNode() ? visible.nodes.has(el.id()) : visible.edges.has(el.id());
  cy.batch(() => {
    const all = cy.elements();
    all.removeClass([CLASSES.hidden, CLASSES.dimmed, CLASSES.near]);
    all.filter((el) => !shown(el)).addClass(CLASSES.hidden);
    if (emphasis) {
      all.filter((el) => !emphasis.has(el.id())).addClass(CLASSES.dimmed);
      all.filter((el) => emphasis.has(el.id())).addClass(CLASSES.near);
    }
    const nodes = cy.nodes();
    const pins = nodes.filter((node) => pinned.has(node.id()));
    nodes.not(pins).removeClass(CLASSES.pinned).unlock();
    pins.addClass(CLASSES.pinned).lock();
  });
}

/** The path's elements get their own class, so they stay bold while the rest is dimmed. */
export function markPath(cy: cytoscape.Core, path: ReadonlySet<string> | null): void {
  cy.batch(() => {
    const all = cy.elements();
    all.removeClass(CLASSES.path);
    if (path) all.filter((el) => path.has(el.id())).addClass(CLASSES.path);
  });
}

// A new node starts beside a placed neighbour, so an incremental layout only has to nudge it.
function placeNearNeighbours(cy: cytoscape.Core, fresh: ReadonlySet<string>): void {
  for (const id of fresh) {
    const node = cy.getElementById(id);
    const anchor = node
      .neighborhood()
      .nodes()
      .toArray()
      .find((n) => !fresh.has(n.id()));
    const base = anchor?.position() ?? { x: 0, y: 0 };
    const angle = Math.random() * 2 * Math.PI;
    node.position({ x: base.x + 60 * Math.cos(angle), y: base.y + 60 * Math.sin(angle) });
  }
}

/**
 * fCoSE in draft quality puts nodes with the same neighbours on the same spot (four agencies that
 * only co-issued one document); fan each such stack out on a small circle so every node can be seen.
 */
export function spreadStacked(nodes: cytoscape.NodeCollection): number {
  const stacks = new Map<string, cytoscape.NodeSingular[]>();
  nodes.forEach((node) => {
    const { x, y } = node.position();
    const spot = `${Math.round(x)},${Math.round(y)}`;
    stacks.set(spot, [...(stacks.get(spot) ?? []), node]);
  });
  let moved = 0;
  for (const stack of stacks.values()) {
    if (stack.length < 2) continue;
    const radius = 16 + 4 * stack.length;
    stack.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / stack.length;
      const { x, y } = node.position();
      node.position({ x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) });
    });
    moved += stack.length;
  }
  return moved;
}
