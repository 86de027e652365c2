import { describe, expect, it } from 'vitest';
import { highlightParts, mentionParts } from '../../web/src/lib/text.ts';

describe('highlighted text as parts', () => {
  it('reads the API search highlight without treating it as markup', () => {
    expect(highlightParts('关于促进<mark>数据标注</mark>产业&lt;b&gt;')).toEqual([
      { text: '关于促进', marked: false },
      { text: '数据标注', marked: true },
      { text: '产业<b>', marked: false },
    ]);
  });

  it('marks every mention of a name or alias in an evidence sentence, longest first', () => {
    const sentence =
      '国家发展改革委、国家数据局联合印发《关于促进数据标注产业高质量发展的实施意见》（以下简称《实施意见》）。';
    const parts = mentionParts(sentence, ['关于促进数据标注产业高质量发展的实施意见', '实施意见']);
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual([
      '关于促进数据标注产业高质量发展的实施意见',
      '实施意见',
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(sentence);
  });

  it('leaves a sentence whole when no name occurs in it, and survives regex characters in names', () => {
    expect(mentionParts('会议在京召开。', ['国家数据局'])).toEqual([
      { text: '会议在京召开。', marked: false },
    ]);
    expect(mentionParts('“数据要素×”三年行动(2024)', ['三年行动(2024)']).at(-1)).toEqual({
      text: '三年行动(2024)',
      marked: true,
    });
  });
});
