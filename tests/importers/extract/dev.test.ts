import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../../../importers/format.ts';
import { scoreExtraction } from './scoring.ts';

// Held-out articles in styles the sample lacks (a State Council notice, a court opinion, an
// association standard, foreign acts, a ministry Q&A, an amendment, prefecture and district plans,
// mixed units), each annotated by hand by ANNOTATION.md. 01–11 were written first and guided the
// fixes; 12–16 were written after them and first scored unseen (entities 0.882, relations 0.873);
// 17–19 (programmes named by abbreviation, in enumerations, as zones, fairs, platforms and in a
// notice's title) were annotated before the extractor saw them and first scored unseen at entities
// 0.750, relations 0.667 (Initiative recall 47%), then guided the programme rules; 20–21 were
// written after those rules and first scored unseen at entities 0.978, relations 0.938 (before the
// rules: 0.930, 0.839); 30–34 (a provincial high court's case release, an association's appeal with
// co-issuers, Korean and British acts and a UN resolution, a district notice's head, a provincial
// 解读 with a range and 个百分点) were annotated before extraction and first scored unseen at
// entities 0.837, relations 0.718, then guided fixes to documents, bodies, figures, a notice's head;
// 35–39 (a joint judicial interpretation, a Japanese act, a national standard, a consultation draft,
// a press conference) were written after those fixes and first scored unseen at entities 0.806,
// relations 0.658; 40–44 (a provincial people's congress with its term, a data exchange's figures, a
// county's figures with no year, a ministry office's list notice, provincial measures with grants)
// were written after the fixes to 35–39 and first scored unseen at entities 0.909, relations 0.901;
// 45–49 (a provincial party cyberspace office, a city government meeting, Hong Kong, an international
// index, a local standard) likewise at entities 0.903, relations 0.806; 50–53 (a provincial office's
// measures, a white paper with a forecast, an industrial park, a statistical communiqué) at 0.951, 0.928.
// Fixes are made in the grammar and data, never by adding these strings; the floors keep the gains.
const DEV = 'tests/importers/extract/fixtures/dev';

function devSet(): { paths: string[]; articles: AnnotatedArticle[] } {
  const files = readdirSync(DEV).sort();
  const paths = files.filter((f) => f.endsWith('.md')).map((f) => join(DEV, f));
  const articles = files
    .filter((f) => f.endsWith('.gold.json'))
    .flatMap((f) => JSON.parse(readFileSync(join(DEV, f), 'utf8')).articles as AnnotatedArticle[]);
  return { paths, articles };
}

describe('extraction of the held-out dev articles, scored against their annotation', () => {
  it('reaches the floors: entity F1 ≥ 0.95, relation F1 ≥ 0.92, title F1 = 1', async () => {
    const { paths, articles } = devSet();
    expect(paths).toHaveLength(articles.length);
    const { overall } = await scoreExtraction(paths, { articles });
    expect(overall.entities.f1).toBeGreaterThanOrEqual(0.95);
    expect(overall.relations.f1).toBeGreaterThanOrEqual(0.92);
    expect(overall.titles.f1).toBe(1);
  });

  it('finds the programmes (Initiative recall ≥ 0.9) and links a document only to those it carries out (IMPLEMENTS precision ≥ 0.9)', async () => {
    const { paths, articles } = devSet();
    const { entities, relations } = await scoreExtraction(paths, { articles });
    expect(entities.Initiative?.recall).toBeGreaterThanOrEqual(0.9);
    expect(relations.IMPLEMENTS?.precision).toBeGreaterThanOrEqual(0.9);
  });
});
