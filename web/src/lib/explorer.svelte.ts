// The explorer's state: the view the user built (steps, removed, hidden, pinned, filters, layout),
// the API's answers for its steps, and what follows from both. Every change goes through `change`,
// which records the previous view for undo; the URL is written from `query`.
import { ApiError, graphiqlUrl, request } from './api.ts';
import { type Filters, isFiltering, NO_FILTERS, visiblePart } from './filters.ts';
import {
  NeighborhoodDocument,
  type NeighborhoodQueryVariables,
  PathsDocument,
  type PathsQueryVariables,
  type RelationType,
  RunGraphDocument,
  type RunGraphQueryVariables,
  StatsDocument,
} from './generated/graphql.ts';
import { type Lang, type MessageKey, translate } from './i18n.ts';
import type { LayoutName } from './layouts.ts';
import { buildGraph, lastPath, neighbourhoodOf, type Step, type Subgraph, stepKey } from './subgraph.ts';
import { decodeView, EMPTY_VIEW, encodeView, type View } from './url-state.ts';

/** How many undo steps are kept. */
const UNDO_DEPTH = 50;
/** Nodes fetched per expansion; the API reports `truncated` beyond it. */
const EXPAND_LIMIT = 200;

export interface PathEnd {
  id: string;
  label: string;
}

export class Explorer {
  view: View = $state(structuredClone(EMPTY_VIEW));
  answers: ReadonlyMap<string, Subgraph> = $state.raw(new Map());
  pending = $state(0);
  error: ApiError | null = $state.raw(null);
  /** The ends chosen for the path finder; a node found by search need not be on the canvas. */
  pathFrom: PathEnd | null = $state(null);
  pathTo: PathEnd | null = $state(null);
  #undo: View[] = $state([]);

  graph = $derived(buildGraph(this.view.steps, this.answers, new Set(this.view.removed)));
  visible = $derived(visiblePart(this.graph, this.view.filters, new Set(this.view.hidden)));
  path = $derived(lastPath(this.view.steps, this.answers));
  selectedNode = $derived(this.view.selected ? this.graph.nodes.get(this.view.selected) : undefined);
  emphasis = $derived(
    this.path ?? (this.view.selected ? neighbourhoodOf(this.visible, this.view.selected) : null),
  );
  truncated = $derived(this.view.steps.some((step) => this.answers.get(stepKey(step))?.truncated));
  query = $derived(encodeView(this.view));
  canUndo = $derived(this.#undo.length > 0);
  filtering = $derived(isFiltering(this.view.filters));
  graphiql = $derived(graphiqlFor(this.view.steps.at(-1)));

  t = (key: MessageKey): string => translate(this.view.lang, key);

  /** Rebuilds the view from a URL query string, fetching every step's answer. */
  async restore(query: string): Promise<void> {
    const view = decodeView(query);
    this.view = view;
    await Promise.all(view.steps.map((step) => this.#fetch(step)));
  }

  /** Starts over from one node and its neighbourhood. */
  focus(id: string): Promise<void> {
    return this.#run(
      { kind: 'expand', id, relations: [] },
      { steps: [], removed: [], hidden: [], selected: id },
    );
  }

  expand(id: string, relations: RelationType[] = []): Promise<void> {
    return this.#run({ kind: 'expand', id, relations }, {});
  }

  add(id: string): Promise<void> {
    return this.#run({ kind: 'add', id }, {});
  }

  /** Starts over from what an import run brought: the entities its articles mention. */
  openRun(id: string): Promise<void> {
    return this.#run({ kind: 'run', id }, { steps: [], removed: [], hidden: [], selected: null });
  }

  findPath(from: string, to: string): Promise<void> {
    return this.#run({ kind: 'path', from, to }, {});
  }

  clearPath(): void {
    this.change({ steps: this.view.steps.filter((step) => step.kind !== 'path') });
  }

  select(id: string | null): void {
    if (id !== this.view.selected) this.view.selected = id;
  }

  hide(id: string): void {
    this.change({ hidden: [...this.view.hidden, id], selected: this.#unselect(id) });
  }

  unhide(id: string): void {
    this.change({ hidden: this.view.hidden.filter((h) => h !== id) });
  }

  remove(id: string): void {
    this.change({ removed: [...this.view.removed, id], selected: this.#unselect(id) });
  }

  togglePin(id: string): void {
    const pinned = this.view.pinned.includes(id);
    this.change({ pinned: pinned ? this.view.pinned.filter((p) => p !== id) : [...this.view.pinned, id] });
  }

  setFilters(patch: Partial<Filters>): void {
    this.change({ filters: { ...this.view.filters, ...patch } });
  }

  clearFilters(): void {
    this.change({ filters: NO_FILTERS });
  }

  setLayout(layout: LayoutName): void {
    this.change({ layout });
  }

  setLang(lang: Lang): void {
    this.view.lang = lang;
  }

  /** Applies a change to the view and remembers the view before it for `undo`. */
  change(patch: Partial<View>): void {
    this.#undo = [...this.#undo.slice(-(UNDO_DEPTH - 1)), $state.snapshot(this.view)];
    this.view = { ...this.view, ...patch };
  }

  undo(): void {
    const previous = this.#undo.at(-1);
    if (!previous) return;
    this.#undo = this.#undo.slice(0, -1);
    this.view = { ...previous, lang: this.view.lang };
  }

  dismissError(): void {
    this.error = null;
  }

  async #run(step: Step, patch: Partial<View>): Promise<void> {
    const ok = await this.#fetch(step);
    if (!ok) return;
    const answer = this.answers.get(stepKey(step));
    // A node brought back by a new step is no longer removed.
    const back = new Set(answer?.nodes.map((node) => node.id));
    const steps = [...(patch.steps ?? this.view.steps), step];
    this.change({
      ...patch,
      steps,
      removed: (patch.removed ?? this.view.removed).filter((id) => !back.has(id)),
    });
  }

  async #fetch(step: Step): Promise<boolean> {
    const key = stepKey(step);
    if (this.answers.has(key)) return true;
    this.pending++;
    try {
      const answer = await ask(step);
      this.answers = new Map(this.answers).set(key, answer);
      this.error = null;
      return true;
    } catch (error) {
      this.error = error instanceof ApiError ? error : new ApiError('query', String(error));
      return false;
    } finally {
      this.pending--;
    }
  }

  #unselect(id: string): string | null {
    return this.view.selected === id ? null : this.view.selected;
  }
}

async function ask(step: Step): Promise<Subgraph> {
  if (step.kind === 'path') return (await request(PathsDocument, pathVariables(step))).paths;
  if (step.kind === 'run') {
    const run = (await request(RunGraphDocument, runVariables(step))).importRun;
    if (!run) throw new ApiError('query', 'No such import run.');
    return run.graph;
  }
  return (await request(NeighborhoodDocument, neighborhoodVariables(step))).neighborhood;
}

/** A GraphiQL link to the request behind the last step, or to the graph's statistics. */
function graphiqlFor(step: Step | undefined): string {
  if (!step) return graphiqlUrl(StatsDocument, {});
  if (step.kind === 'path') return graphiqlUrl(PathsDocument, pathVariables(step));
  if (step.kind === 'run') return graphiqlUrl(RunGraphDocument, runVariables(step));
  return graphiqlUrl(NeighborhoodDocument, neighborhoodVariables(step));
}

function pathVariables(step: Extract<Step, { kind: 'path' }>): PathsQueryVariables {
  return { from: step.from, to: step.to };
}

function runVariables(step: Extract<Step, { kind: 'run' }>): RunGraphQueryVariables {
  return { id: step.id, limit: EXPAND_LIMIT };
}

function neighborhoodVariables(step: Extract<Step, { kind: 'expand' | 'add' }>): NeighborhoodQueryVariables {
  const relationTypes = step.kind === 'expand' && step.relations.length > 0 ? step.relations : null;
  return { ids: [step.id], relationTypes, limit: EXPAND_LIMIT };
}
