import { describe, expect, it } from 'vitest';
import {
  spanAt,
  splitClauses,
  splitParagraphs,
  splitSentences,
} from '../../../importers/extract/sentences.ts';

describe('sentences and clauses', () => {
  const text = '近日，贵州省印发《行动方案》。“方案”提出：到2027年，力争突破。\n下一步将推进';

  it('ends a sentence at 。！？ with its closing quote, or at a line break, with offsets into the text', () => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      '近日，贵州省印发《行动方案》。',
      '“方案”提出：到2027年，力争突破。',
      '下一步将推进',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('splits a sentence into clauses at commas, semicolons and colons, offsets still in the text', () => {
    const second = splitSentences(text)[1];
    if (!second) throw new Error('no second sentence');
    const clauses = splitClauses(second);
    expect(clauses.map((c) => c.text)).toEqual(['“方案”提出', '到2027年', '力争突破']);
    for (const c of clauses) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('finds the span holding an offset', () => {
    const sentences = splitSentences(text);
    expect(spanAt(sentences, text.indexOf('力争'))?.text).toContain('力争突破');
    expect(spanAt(sentences, text.length + 5)).toBeUndefined();
  });

  it('leaves a notice’s document number and addressees out of its paragraphs, alone or joined', () => {
    const notice =
      '青县政办〔2025〕3号\n各乡镇人民政府，县直各部门：\n现将《青县数字乡村建设方案》印发给你们。\n' +
      '黄政发〔2024〕17号有关单位：\n请认真执行。';
    expect(splitParagraphs(notice).map((p) => p.text)).toEqual([
      '现将《青县数字乡村建设方案》印发给你们。',
      '请认真执行。',
    ]);
  });
});
