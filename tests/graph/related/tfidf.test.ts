// Text similarity between policies: TF-IDF over content words, cosine through an inverted index.
import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../../graph/related/tfidf.ts';
import { corpusWords, words } from '../../../graph/related/words.ts';

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

describe('text index with bounded queries', () => {
  const documents = [
    doc('登记', '公共数据资源登记 内蒙古自治区 数据流通 交易 平台 规则'),
    doc('安徽登记', '公共数据资源登记 安徽省 数据流通 交易 平台'),
    doc('交易', '数据流通 交易 平台 规则 场所'),
    doc('人工智能', '人工智能 大模型 算力'),
  ];
  const exact = buildTextIndex(documents, { queryTerms: 1000, candidates: 1000 });
  const bounded = buildTextIndex(documents, { queryTerms: 1, candidates: 1 });

  it('walks only the heaviest term of the source, yet reports the exact cosine of what it finds', () => {
    const [found] = bounded.similar('登记', 5);
    const same = exact.similar('登记', 5).find((s) => s.key === found?.key);
    expect(found?.similarity).toBeCloseTo(same?.similarity ?? -1, 10);
  });

  it('keeps at most `candidates` documents, unless more are asked for', () => {
    expect(bounded.similar('登记', 1)).toHaveLength(1);
    expect(exact.similar('登记', 5).length).toBeGreaterThan(1);
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

describe('words of a corpus', () => {
  it('segments sentence by sentence to the same content words as the whole text', async () => {
    const text =
      '内蒙古自治区印发公共数据资源登记管理暂行办法。安徽省公共数据资源登记实施细则同步施行！\n数据流通交易规则';
    expect(await corpusWords()(text)).toEqual(words(text));
  });

  it('gives the same words for a sentence it has seen before', async () => {
    const segment = corpusWords();
    const first = await segment('贵州省推动人工智能高质量发展。');
    expect(await segment('贵州省推动人工智能高质量发展。')).toEqual(first);
  });
});
