// Related-policy discovery on the imported sample, scored against what a domain reader calls
// related (tests/fixtures/related.gold.json). Measured: precision@3 0.600, recall@5 0.767.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../graph/driver.ts';
import { importArticles } from '../../../graph/import/index.ts';
import { textVersion } from '../../../graph/queries/related.ts';
import { relatedPolicies } from '../../../graph/related/related.ts';
import { extractArticle } from '../../../importers/extract/index.ts';
import { importSample } from '../../api/sample.ts';
import { testDb, wipe } from '../../support/db.ts';
import { scoreAgainstGold } from './gold.ts';

let db: Db;

beforeAll(async () => {
  db = await testDb();
  await wipe(db);
  await importSample(db);
});
afterAll(() => db.close());

describe('related policies against the gold list', () => {
  it('keeps precision@3 ≥ 0.55 and recall@5 ≥ 0.75 over the sample', async () => {
    const figures = await scoreAgainstGold(db.read);
    console.log(
      `related: precision@3 ${figures.precisionAt3.toFixed(3)}, recall@5 ${figures.recallAt5.toFixed(3)}`,
    );
    expect(figures.missing).toEqual([]);
    expect(figures.precisionAt3).toBeGreaterThanOrEqual(0.55);
    expect(figures.recallAt5).toBeGreaterThanOrEqual(0.75);
  });

  it('gives reasons a reader understands for the two 内蒙古自治区 measures', async () => {
    const [top] = await relatedPolicies(db.read, 'Policy:内蒙古自治区公共数据资源登记管理暂行办法', 3);
    expect(top?.key).toBe('Policy:内蒙古自治区数据流通交易管理暂行办法');
    expect(top?.reasons).toContain('同一地区：内蒙古自治区');
    expect(top?.reasons.some((r) => r.startsWith('文本相似'))).toBe(true);
  });

  it('never lists the policy itself, and ranks by score', async () => {
    const key = 'Policy:贵州省推动人工智能高质量发展行动方案（2025—2027年）';
    const related = await relatedPolicies(db.read, key, 10);
    expect(related.map((r) => r.key)).not.toContain(key);
    const scores = related.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('sees a policy imported after its text index was built', async () => {
    const key = 'Policy:内蒙古自治区公共数据资源登记管理暂行办法';
    await relatedPolicies(db.read, key, 10);
    const text =
      '近日，内蒙古自治区数据局印发《内蒙古自治区公共数据资源登记操作指引》，细化公共数据资源登记的范围、流程和登记平台的使用。';
    const article = extractArticle({
      title: '内蒙古自治区公共数据资源登记操作指引印发',
      text,
      file: 'related.test.md',
    });
    await importArticles(db, [{ article }]);
    const related = await relatedPolicies(db.read, key, 10);
    const found = related.find((r) => r.key === 'Policy:内蒙古自治区公共数据资源登记操作指引');
    // Text similarity needs the rebuilt index: the region and issuer alone would come from the graph.
    expect(found?.reasons.some((r) => r.startsWith('文本相似'))).toBe(true);
  });

  it('notices an article rewritten without changing any count', async () => {
    const rewrite = (detail: string) =>
      extractArticle({
        title: '内蒙古自治区数据局印发登记操作指引',
        text: `近日，内蒙古自治区数据局印发《内蒙古自治区公共数据资源登记操作指引》，${detail}。`,
        file: 'related-rewrite.test.md',
      });
    await importArticles(db, [{ article: rewrite('细化公共数据资源登记的范围') }]);
    const before = await textVersion(db.read);
    const summary = await importArticles(db, [{ article: rewrite('明确登记平台的使用流程') }]);
    expect(summary.updated).toBe(1);
    const after = await textVersion(db.read);
    // The same articles, policies and mentions: only the revision tells the text changed.
    expect(after.split(':')[1]).toBe(before.split(':')[1]);
    expect(after).not.toBe(before);
  });
});
