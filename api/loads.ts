// Batched loads used by the schema's fields: each names its batch by what it fetches (and its
// arguments), so equal loads within one request share one round trip.
import type { RelationType } from '../core/model.ts';
import { coIssuers } from '../graph/queries/co-issuers.ts';
import { transitiveImplementers } from '../graph/queries/implementers.ts';
import { issuesOf } from '../graph/queries/issues.ts';
import { type EvidenceRow, mentionsOf } from '../graph/queries/mentions.ts';
import { type Direction, neighbors } from '../graph/queries/neighbors.ts';
import { nodesByKeys } from '../graph/queries/nodes.ts';
import { type PolicyPage, policies } from '../graph/queries/policies.ts';
import { type RelationEnds, relationEvidence, relationKey } from '../graph/queries/relation.ts';
import type { IssueRow, NodeRow } from '../graph/queries/rows.ts';
import { series } from '../graph/queries/series.ts';
import { Batch, groupByKey } from './batch.ts';
import type { ApiContext } from './context.ts';

type KeyedNodes = (keys: string[]) => Promise<{ key: string | null; node: NodeRow }[]>;

function nodeLists(ctx: ApiContext, name: string, fetch: KeyedNodes): Batch<NodeRow[]> {
  return ctx.batch(name, () => new Batch(async (keys) => groupByKey(await fetch(keys), (r) => r.node), []));
}

export function loadNode(ctx: ApiContext, key: string): Promise<NodeRow | null> {
  const batch = ctx.batch(
    'node',
    () =>
      new Batch<NodeRow | null>(async (keys) => {
        const rows = await nodesByKeys(ctx.read, keys);
        return new Map(rows.map((row) => [row.key, row]));
      }, null),
  );
  return batch.load(key);
}

export function loadNeighbors(ctx: ApiContext, relation: RelationType, direction: Direction, key: string) {
  return nodeLists(ctx, `neighbors:${relation}:${direction}`, (keys) =>
    neighbors(ctx.read, relation, direction, keys),
  ).load(key);
}

export function loadCoIssuers(ctx: ApiContext, key: string) {
  return nodeLists(ctx, 'coIssuers', (keys) => coIssuers(ctx.read, keys)).load(key);
}

export function loadImplementers(ctx: ApiContext, key: string) {
  return nodeLists(ctx, 'implementers', (keys) => transitiveImplementers(ctx.read, keys)).load(key);
}

export function loadSeries(ctx: ApiContext, key: string) {
  return nodeLists(ctx, 'series', (keys) => series(ctx.read, keys)).load(key);
}

/** One page of policies for an anchor key; requests with equal arguments share a round trip. */
export function loadPolicies(ctx: ApiContext, key: string | null, page: Omit<PolicyPage, 'keys'>) {
  return nodeLists(ctx, `policies:${JSON.stringify(page)}`, (keys) =>
    policies(ctx.read, { ...page, keys }),
  ).load(key ?? '');
}

export function loadMentions(ctx: ApiContext, key: string, first: number): Promise<EvidenceRow[]> {
  const batch = ctx.batch(
    `mentions:${first}`,
    () => new Batch(async (keys) => groupByKey(await mentionsOf(ctx.read, keys, first), (r) => r), []),
  );
  return batch.load(key);
}

/** The sentences stating a relation; every relation asked for in one request level, one round trip. */
export function loadRelationEvidence(
  ctx: ApiContext,
  ends: RelationEnds,
  first: number,
): Promise<EvidenceRow[]> {
  const batch = ctx.batch(
    `relationEvidence:${first}`,
    () =>
      new Batch(async (keys) => {
        const relations = keys.map((key) => {
          const [source, type, target] = JSON.parse(key) as [string, RelationEnds['type'], string];
          return { source, type, target };
        });
        return groupByKey(await relationEvidence(ctx.read, relations, first), (r) => r);
      }, []),
  );
  return batch.load(relationKey(ends));
}

export function loadIssue(ctx: ApiContext, articleKey: string): Promise<IssueRow | null> {
  const batch = ctx.batch(
    'issue',
    () =>
      new Batch<IssueRow | null>(async (keys) => {
        const rows = await issuesOf(ctx.read, keys);
        return new Map(rows.map((row) => [row.key, row.issue]));
      }, null),
  );
  return batch.load(articleKey);
}
