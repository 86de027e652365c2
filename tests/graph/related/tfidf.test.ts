// Text similarity between policies: TF-IDF over content words, cosine through an inverted index.
import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../../graph/related/tfidf.ts';
import { words } from '../../../graph/related/words.ts';

const doc = (key: string, text: string) => ({ key, parts: [{ words: words(text), weight: 1 }] });

describe('text index', () => {
  const index = buildTextIndex([
    doc('登记', '内蒙古自治区公共数据资源登记管理暂行办法 规范公共数据资源登记'),
    doc('安徽登记', '安徽省公共数据资源登记实施细则 公共数据资源登记平台'),
    doc('人工智能', '杭州市人工智能全产业链高质量发展行动计划 大模型 算力'),
  ]);

  it('finds the document sharing the most distinctive words first', () => {
    const [first] = index.similar('登记', 5);
    expect(first?.key).toBe('安徽登记');
    expect(first?.similarity).toBeGreaterThan(0.3);
  });

  it('never returns the document itself, nor one sharing no word', () => {
    expect(index.similar('人工智能', 5).map((s) => s.key)).not.toContain('人工智能');
    expect(index.similar('人工智能', 5).every((s) => s.similarity > 0)).toBe(true);
  });
});

describe('words', () => {
  it('keeps content words whole and drops particles, punctuation and policy boilerplate', () => {
    expect(words('贵州省推动人工智能高质量发展，加快建设算力枢纽的。')).toEqual([
      '贵州省',
      '人工智能',
      '高质量',
      '枢纽',
    ]);
  });
});
