// The view in the URL's query string, so a link reproduces it: the steps in order, what was removed,
// hidden and pinned, the filters, the layout, the language and the selection. Everything read back is
// checked against the vocabulary, so a mangled link loses a part of the view, not the page.
import { NODE_TYPES, RELATION_TYPES } from '../../../core/model.ts';
import { type Filters, NO_FILTERS } from './filters.ts';
import type { NodeType, RelationType } from './generated/graphql.ts';
import type { Lang } from './i18n.ts';
import { LAYOUT_NAMES, type LayoutName } from './layouts.ts';
import type { Step } from './subgraph.ts';

export interface View {
  steps: Step[];
  removed: string[];
  hidden: string[];
  pinned: string[];
  filters: Filters;
  layout: LayoutName;
  lang: Lang;
  selected: string | null;
}

export const EMPTY_VIEW: View = {
  steps: [],
  removed: [],
  hidden: [],
  pinned: [],
  filters: NO_FILTERS,
  layout: 'fcose',
  lang: 'zh',
  selected: null,
};

// `~` never occurs in a Relay global id (base64) nor in a relation type.
const SEP = '~';

export function encodeView(view: View): string {
  const params = new URLSearchParams();
  for (const step of view.steps) params.append('s', encodeStep(step));
  for (const id of view.removed) params.append('rm', id);
  for (const id of view.hidden) params.append('hide', id);
  for (const id of view.pinned) params.append('pin', id);
  const { nodeTypes, relationTypes, ...scalars } = view.filters;
  if (nodeTypes.length > 0) params.set('types', nodeTypes.join(','));
  if (relationTypes.length > 0) params.set('rels', relationTypes.join(','));
  for (const [name, value] of Object.entries(scalars)) if (value) params.set(name, value);
  if (view.layout !== EMPTY_VIEW.layout) params.set('layout', view.layout);
  if (view.lang !== EMPTY_VIEW.lang) params.set('lang', view.lang);
  if (view.selected) params.set('sel', view.selected);
  return params.toString();
}

export function decodeView(query: string): View {
  const params = new URLSearchParams(query);
  const layout = params.get('layout');
  return {
    steps: params.getAll('s').flatMap(decodeStep),
    removed: params.getAll('rm'),
    hidden: params.getAll('hide'),
    pinned: params.getAll('pin'),
    filters: {
      nodeTypes: listOf(params.get('types'), NODE_TYPES),
      relationTypes: listOf(params.get('rels'), RELATION_TYPES),
      region: params.get('region') ?? '',
      from: params.get('from') ?? '',
      to: params.get('to') ?? '',
      status: params.get('status') ?? '',
    },
    layout: LAYOUT_NAMES.find((name) => name === layout) ?? EMPTY_VIEW.layout,
    lang: params.get('lang') === 'en' ? 'en' : 'zh',
    selected: params.get('sel'),
  };
}

function encodeStep(step: Step): string {
  if (step.kind === 'expand') return ['x', step.id, step.relations.join(',')].join(SEP);
  if (step.kind === 'add') return ['a', step.id].join(SEP);
  if (step.kind === 'run') return ['r', step.id].join(SEP);
  return ['p', step.from, step.to].join(SEP);
}

function decodeStep(text: string): Step[] {
  const [kind, first, second] = text.split(SEP);
  if (!first) return [];
  if (kind === 'x') return [{ kind: 'expand', id: first, relations: listOf(second ?? '', RELATION_TYPES) }];
  if (kind === 'a') return [{ kind: 'add', id: first }];
  if (kind === 'r') return [{ kind: 'run', id: first }];
  if (kind === 'p' && second) return [{ kind: 'path', from: first, to: second }];
  return [];
}

function listOf<T extends NodeType | RelationType>(text: string | null, allowed: readonly T[]): T[] {
  return (text ?? '').split(',').filter((item): item is T => (allowed as readonly string[]).includes(item));
}
