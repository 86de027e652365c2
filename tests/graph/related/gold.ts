// Scores related-policy discovery against tests/fixtures/related.gold.json: precision@3 and
// recall@5, averaged over the gold's policies, names matched after normalising (docs/annotation.md).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Read } from '../../../graph/queries/read.ts';
import { relatedPolicies } from '../../../graph/related/related.ts';

const GOLD = resolve(import.meta.dirname, '../../fixtures/related.gold.json');

export interface GoldFigures {
  precisionAt3: number;
  recallAt5: number;
  /** Gold policies the graph does not hold (left out of the averages). */
  missing: string[];
  perPolicy: { policy: string; top: string[]; expected: string[] }[];
}

/** 《》“”"" and white space removed, full-width folded to half-width, case folded. */
export function normalise(name: string): string {
  return name
    .replace(/[《》“”"\s]/g, '')
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase();
}

export async function scoreAgainstGold(read: Read): Promise<GoldFigures> {
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { related: Record<string, string[]> };
  const policies = await read<{ key: string; names: string[] }>(
    'MATCH (p:Policy) RETURN p.key AS key, [p.name] + coalesce(p.aliases, []) AS names',
  );
  const keyOf = (name: string) =>
    policies.find((p) => p.names.some((n) => normalise(n) === normalise(name)))?.key;
  const figures: GoldFigures = { precisionAt3: 0, recallAt5: 0, missing: [], perPolicy: [] };
  let counted = 0;
  for (const [policy, expectedNames] of Object.entries(gold.related)) {
    const key = keyOf(policy);
    if (!key) {
      figures.missing.push(policy);
      continue;
    }
    const expected = new Set(expectedNames.map((name) => keyOf(name) ?? `missing:${name}`));
    const top = (await relatedPolicies(read, key, 5)).map((r) => r.key);
    figures.precisionAt3 +=
      top.slice(0, 3).filter((k) => expected.has(k)).length / Math.max(top.slice(0, 3).length, 1);
    figures.recallAt5 += top.filter((k) => expected.has(k)).length / expected.size;
    figures.perPolicy.push({ policy, top, expected: [...expected] });
    counted++;
  }
  figures.precisionAt3 /= Math.max(counted, 1);
  figures.recallAt5 /= Math.max(counted, 1);
  return figures;
}
