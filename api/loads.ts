// Per-request batching by @pothos/plugin-dataloader: each loadable field (and the loadable Node
// interface, api/schema/refs.ts) has one DataLoader per request, so every load a field makes while
// GraphQL resolves a level goes to Neo4j as one Cypher round trip, and equal loads are cached.
// Here: what those loaders fetch, given the keys of one batch; answers come in the order of `keys`.
import type { RelationType } from '../core/model.ts';
import { coIssuers } from '../graph/queries/co-issuers.ts';
import { transitiveImplementers } from '../graph/queries/implementers.ts';
import { issuesOf } from '../graph/queries/issues.ts';
import { type EvidenceRow, mentionsOf } from '../graph/queries/mentions.ts';
import { type Direction, neighbors } from '../graph/queries/neighbors.ts';
import { type PolicyPage, policies } from '../graph/queries/policies.ts';
import { type RelationEnds, relationEvidence } from '../graph/queries/relation.ts';
import type { IssueRow, NodeRow } from '../graph/queries/rows.ts';
import { series } from '../graph/queries/series.ts';
import type { ApiContext } from './context.ts';
import { offsetPage, type PageArgs } from './pages.ts';
import { NodeRef } from './schema/refs.ts';

/** For each key, the values of its rows (rows carry the key they answer). */
function byKey<Row extends { key: string | null }, V>(
  keys: readonly string[],
  rows: Row[],
  pick: (row: Row) => V,
) {
  const groups = new Map<string, V[]>();
  for (const row of rows) {
    const group = groups.get(row.key ?? '') ?? [];
    group.push(pick(row));
    groups.set(row.key ?? '', group);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** The node with this key, through the request's Node loader (shared by every field that wants one). */
export function loadNode(ctx: ApiContext, key: string): Promise<NodeRow | null> {
  return NodeRef.getDataloader(ctx).load(key) as Promise<NodeRow | null>;
}

export async function neighborLists(
  ctx: ApiContext,
  relation: RelationType,
  direction: Direction,
  keys: readonly string[],
): Promise<NodeRow[][]> {
  return byKey(keys, await neighbors(ctx.read, relation, direction, keys), (r) => r.node);
}

export async function coIssuerLists(ctx: ApiContext, keys: readonly string[]): Promise<NodeRow[][]> {
  return byKey(keys, await coIssuers(ctx.read, keys), (r) => r.node);
}

export async function implementerLists(ctx: ApiContext, keys: readonly string[]): Promise<NodeRow[][]> {
  return byKey(keys, await transitiveImplementers(ctx.read, keys), (r) => r.node);
}

/** A metric's series; a metric about no subject is a series of one, itself. */
export async function seriesLists(ctx: ApiContext, keys: readonly string[]): Promise<NodeRow[][]> {
  const lists = byKey(keys, await series(ctx.read, keys), (r) => r.node);
  return Promise.all(
    lists.map(async (list, i) => {
      if (list.length > 0) return list;
      const self = await loadNode(ctx, keys[i] as string);
      return self ? [self] : [];
    }),
  );
}

export async function mentionLists(ctx: ApiContext, keys: readonly string[], first: number) {
  return byKey(keys, await mentionsOf(ctx.read, keys, first), (r): EvidenceRow => r);
}

/** Relations are keyed by `relationKey` (graph/queries/relation.ts). */
export async function relationEvidenceLists(ctx: ApiContext, keys: readonly string[], first: number) {
  const relations = keys.map((key) => {
    const [source, type, target] = JSON.parse(key) as [string, RelationEnds['type'], string];
    return { source, type, target };
  });
  return byKey(keys, await relationEvidence(ctx.read, relations, first), (r): EvidenceRow => r);
}

export async function issues(ctx: ApiContext, keys: readonly string[]): Promise<(IssueRow | null)[]> {
  const found = new Map((await issuesOf(ctx.read, keys)).map((row) => [row.key, row.issue]));
  return keys.map((key) => found.get(key) ?? null);
}

/**
 * One connection page of policies per anchor key. Every key of a batch asks for the same page (the
 * loader is per path, so the arguments are equal), so one statement answers them all.
 */
export function policyPages(
  ctx: ApiContext,
  keys: readonly string[],
  args: PageArgs,
  page: Omit<PolicyPage, 'keys' | 'offset' | 'limit'>,
) {
  let rows: Promise<NodeRow[][]> | undefined;
  return Promise.all(
    keys.map((_, i) =>
      offsetPage(args, async (offset, limit) => {
        rows ??= policies(ctx.read, { ...page, offset, limit, keys }).then((found) =>
          byKey(keys, found, (r) => r.node),
        );
        return (await rows)[i] ?? [];
      }),
    ),
  );
}
