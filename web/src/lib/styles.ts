// How each node and relation type looks on the canvas and in the legend: one colour and one shape
// per node type, so a type can be told apart without reading labels.
import type cytoscape from 'cytoscape';
import { NODE_TYPES, type NodeType, type RelationType } from '../../../core/model.ts';

export interface NodeLook {
  colour: string;
  shape: cytoscape.Css.NodeShape;
}

export const NODE_LOOKS: Record<NodeType, NodeLook> = {
  Agency: { colour: '#2f6fb5', shape: 'round-rectangle' },
  Policy: { colour: '#d9822b', shape: 'rectangle' },
  Region: { colour: '#3a9a5b', shape: 'hexagon' },
  Initiative: { colour: '#8a4fbf', shape: 'diamond' },
  Metric: { colour: '#1b9aaa', shape: 'tag' },
  Article: { colour: '#7a7a7a', shape: 'barrel' },
  Issue: { colour: '#a0a0a0', shape: 'ellipse' },
};

/** Relations that form chains (who issued what, what implements what) are drawn solid and dark. */
export const RELATION_COLOURS: Record<RelationType, string> = {
  ISSUED_BY: '#2f6fb5',
  APPLIES_TO: '#3a9a5b',
  IMPLEMENTS: '#8a4fbf',
  AMENDS: '#c0392b',
  BASED_ON: '#b5651d',
  SETS_TARGET: '#1b9aaa',
  MEASURES: '#5fa8b3',
  LOCATED_IN: '#6b8e6b',
  PART_OF: '#9bb59b',
};

/** The data fields the stylesheet reads: an element's colour, and a node's shape. */
export function nodeLook(type: NodeType): { colour: string; shape: string } {
  return NODE_LOOKS[type];
}

export function edgeLook(type: RelationType): { colour: string } {
  return { colour: RELATION_COLOURS[type] };
}

export function legend(): { type: NodeType; look: NodeLook }[] {
  return NODE_TYPES.map((type) => ({ type, look: NODE_LOOKS[type] }));
}

/** Classes the explorer sets on elements; the stylesheet gives each its look. */
export const CLASSES = {
  dimmed: 'dimmed',
  hidden: 'hidden',
  pinned: 'pinned',
  path: 'path',
  near: 'near',
} as const;

/**
 * Above this many edges the canvas takes the bulk stylesheet: plain lines without arrows or labels,
 * names only on emphasised nodes. Cytoscape styles each element property by property, so the number
 * of properties an element carries is what the first draw of thousands of elements costs (bench/web.ts).
 */
export const BULK_EDGES = 600;

type Style = cytoscape.StylesheetJson;

/**
 * A node's label under it in the lines label-lines.ts breaks it into, outlined so it stays readable
 * over edges. The lines are shorter than the maximum width, so cytoscape keeps them as they are.
 */
const NAME: cytoscape.Css.Node = {
  label: 'data(lines)',
  'font-size': 11,
  'text-valign': 'bottom',
  'text-margin-y': 4,
  'text-wrap': 'wrap',
  'text-max-width': '200px',
  'text-outline-color': '#ffffff',
  'text-outline-width': 2,
  'min-zoomed-font-size': 7,
  color: '#222',
};

export function stylesheet(bulk = false): Style {
  return [...(bulk ? bulkLook() : fullLook()), ...stateLook()];
}

/** Every node named, every edge a labelled arrow. */
function fullLook(): Style {
  return [
    { selector: 'node', style: { ...NODE, ...NAME, 'border-width': 1, 'border-color': '#ffffff' } },
    {
      selector: 'edge',
      style: {
        ...EDGE,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'target-arrow-color': 'data(colour)',
        label: 'data(label)',
        'font-size': 9,
        color: '#555',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
      },
    },
  ];
}

/** The fewest properties that still tell types apart; haystack lines are the cheapest edges cytoscape draws. */
function bulkLook(): Style {
  return [
    { selector: 'node', style: NODE },
    { selector: 'edge', style: BULK_EDGE },
    { selector: `node.${CLASSES.near}, node.${CLASSES.path}, node:selected`, style: NAME },
  ];
}

const NODE: cytoscape.Css.Node = {
  width: 26,
  height: 26,
  // Read from each element's data (nodeLook, edgeLook): one selector instead of one per type.
  'background-color': 'data(colour)',
  shape: 'data(shape)' as cytoscape.Css.NodeShape,
};

/** Edge widths (model units) and the opacity of what is dimmed, shared with the edge layer (edge-layer.ts). */
export const EDGE_WIDTH = 1.5;
export const PATH_EDGE_WIDTH = 4;
export const DIMMED_OPACITY = 0.15;

const EDGE: cytoscape.Css.Edge = { width: EDGE_WIDTH, 'line-color': 'data(colour)' };
// Haystack edges skip the per-edge curve and arrow geometry: 15–20 % off a 5,000-edge first draw.
const BULK_EDGE: cytoscape.Css.Edge = { ...EDGE, 'curve-style': 'haystack' };

/** Selection, pins, paths, emphasis and filters, the same in both looks. */
function stateLook(): Style {
  return [
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f1c40f' } },
    {
      selector: 'edge:selected',
      style: { 'underlay-color': '#f1c40f', 'underlay-opacity': 0.8, 'underlay-padding': 3 },
    },
    {
      selector: `node.${CLASSES.pinned}`,
      style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#333' },
    },
    { selector: `.${CLASSES.near}`, style: { 'z-index': 10 } },
    { selector: `edge.${CLASSES.path}`, style: { width: PATH_EDGE_WIDTH } },
    { selector: `node.${CLASSES.path}`, style: { 'border-width': 3, 'border-color': '#e74c3c' } },
    { selector: `.${CLASSES.dimmed}`, style: { opacity: DIMMED_OPACITY } },
    { selector: `.${CLASSES.hidden}`, style: { display: 'none' } },
  ];
}
