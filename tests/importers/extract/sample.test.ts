import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../graph/model.ts';
import { extractAll } from '../../../importers/extract/index.ts';
import { toAnnotation } from '../../../importers/format.ts';
import { readInputs } from '../../../importers/read.ts';

const GOLD = 'tests/fixtures/dsj-2025-02.gold.json';

interface Score {
  overall: Record<'entities' | 'relations' | 'titles', { f1: number }>;
}

// score.mjs is the scorer of the hidden set too: run it as it is, on read → extract → format.
async function scoreSample(): Promise<Score> {
  const articles: Article[] = [];
  for await (const r of readInputs(['samples/dsj-2025-02.md']))
    if (!('error' in r)) articles.push(...r.articles);
  const predicted = join(mkdtempSync(join(tmpdir(), 'zhengtu-')), 'predicted.json');
  writeFileSync(predicted, JSON.stringify(toAnnotation(extractAll(articles), 'dsj-2025-02.md')));
  const out = execFileSync('node', ['tests/fixtures/score.mjs', GOLD, predicted, '--json'], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as Score;
}

describe('extraction of the sample issue, scored against the human annotation', () => {
  it('reaches the floors: entity F1 ≥ 0.90, relation F1 ≥ 0.80, title F1 ≥ 0.95', async () => {
    const { overall } = await scoreSample();
    expect(overall.entities.f1).toBeGreaterThanOrEqual(0.9);
    expect(overall.relations.f1).toBeGreaterThanOrEqual(0.8);
    expect(overall.titles.f1).toBeGreaterThanOrEqual(0.95);
  });
});
