import type { NodeRow } from '../../graph/queries/rows.ts';
import { relatedPolicies } from '../../graph/related/related.ts';
import type { Scored } from '../../graph/related/score.ts';
import { builder } from '../builder.ts';
import type { ApiContext } from '../context.ts';
import { apiError, capped } from '../errors.ts';
import { fromGlobalId } from '../ids.ts';
import { loadNode } from '../loads.ts';
import { PolicyRef } from './refs.ts';

const MAX_RELATED = 50;

const RelatedPolicyRef = builder.objectRef<Scored>('RelatedPolicy').implement({
  description: '一份相关政策及其理由 / A related policy, how strongly, and why.',
  fields: (t) => ({
    policy: t.field({
      type: PolicyRef,
      description: '相关政策 / The related policy.',
      resolve: async (r, _, ctx) => (await loadNode(ctx, r.key)) as NodeRow,
    }),
    score: t.exposeFloat('score', { description: '相关度，越大越相关 / Strength, higher is closer.' }),
    reasons: t.exposeStringList('reasons', {
      description: '理由，如 同一发文机关、同属东数西算工程、文本相似 / Why, in words a reader understands.',
    }),
  }),
});

const firstArg = {
  description: `最多几条（≤${MAX_RELATED}）/ At most this many (≤ ${MAX_RELATED}).`,
  defaultValue: 10,
};

async function related(ctx: ApiContext, key: string, first: number | null | undefined): Promise<Scored[]> {
  return relatedPolicies(ctx.read, key, capped('first', first ?? 10, MAX_RELATED), ctx.corpusRead);
}

builder.objectField(PolicyRef, 'related', (t) =>
  t.field({
    type: [RelatedPolicyRef],
    description: '相关政策，最相关在前 / Related policies, closest first.',
    args: { first: t.arg.int(firstArg) },
    resolve: (p, args, ctx) => related(ctx, p.key, args.first),
  }),
);

builder.queryFields((t) => ({
  related: t.field({
    type: [RelatedPolicyRef],
    description: '与某政策相关的政策 / Policies related to a policy, closest first.',
    args: {
      policy: t.arg.id({ required: true, description: '政策（全局 id）/ The policy (global id).' }),
      first: t.arg.int(firstArg),
    },
    resolve: async (_, args, ctx) => {
      const key = fromGlobalId(args.policy);
      const node = await loadNode(ctx, key);
      if (node?.type !== 'Policy') {
        throw apiError('NOT_FOUND', `图中没有该政策 / No policy ${args.policy} in the graph.`);
      }
      return related(ctx, key, args.first);
    },
  }),
}));
