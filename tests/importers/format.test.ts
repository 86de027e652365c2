import { describe, expect, it } from 'vitest';
import { extractAll } from '../../importers/extract/index.ts';
import { toAnnotation } from '../../importers/format.ts';

describe('the docs/annotation.md file shape', () => {
  const extracted = extractAll([
    {
      title: '国家数据局印发方案',
      section: '国策要论',
      source: '国家数据局',
      url: 'https://www.nda.gov.cn/1.html',
      text: '近日，国家数据局印发《数据工作方案》。',
      file: 'issue.md',
    },
  ]);
  const doc = toAnnotation(extracted, 'issue.md');

  it('names the file and gives each article its title, section, source and url', () => {
    expect(doc.file).toBe('issue.md');
    expect(doc.articles[0]).toMatchObject({
      title: '国家数据局印发方案',
      section: '国策要论',
      source: '国家数据局',
      url: 'https://www.nda.gov.cn/1.html',
    });
  });

  it('lists entities with type, name, aliases and key, and relations between keys that it lists', () => {
    const [article] = doc.articles;
    expect(article?.entities).toContainEqual(
      expect.objectContaining({ type: 'Policy', name: '数据工作方案', key: 'Policy:数据工作方案' }),
    );
    const keys = new Set(article?.entities.map((e) => e.key));
    for (const r of article?.relations ?? []) {
      expect(keys.has(r.from)).toBe(true);
      expect(keys.has(r.to)).toBe(true);
    }
    expect(article?.relations).toContainEqual(
      expect.objectContaining({ type: 'ISSUED_BY', from: 'Policy:数据工作方案', to: 'Agency:国家数据局' }),
    );
  });

  it('is plain JSON: what it writes reads back the same', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
