import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreExtraction } from './scoring.ts';

const GOLD = 'tests/fixtures/dsj-2025-02.gold.json';

describe('extraction of the sample issue, scored against the human annotation', () => {
  it('reaches the floors: entity F1 ≥ 0.90, relation F1 ≥ 0.80, title F1 ≥ 0.95', async () => {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8'));
    const { overall } = await scoreExtraction(['samples/dsj-2025-02.md'], gold);
    expect(overall.entities.f1).toBeGreaterThanOrEqual(0.9);
    expect(overall.relations.f1).toBeGreaterThanOrEqual(0.8);
    expect(overall.titles.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the programmes (Initiative recall ≥ 0.9) and links a document only to those it carries out (IMPLEMENTS precision ≥ 0.95)', async () => {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8'));
    const { entities, relations } = await scoreExtraction(['samples/dsj-2025-02.md'], gold);
    expect(entities.Initiative?.recall).toBeGreaterThanOrEqual(0.9);
    expect(relations.IMPLEMENTS?.precision).toBeGreaterThanOrEqual(0.95);
  });
});
