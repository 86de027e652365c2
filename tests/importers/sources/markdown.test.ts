import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  articleText,
  cleanTitle,
  mergeCutParagraphs,
  plainInline,
} from '../../../importers/sources/markdown.ts';

describe('article text from Markdown', () => {
  it('removes emphasis, links, images and escapes, one paragraph a line', () => {
    const markdown = '**一是**加快建设。\n\n![图](a.png)\n\n详见[通知](https://a.cn/x)，编号t2025\\_01。';
    expect(articleText(markdown)).toBe('一是加快建设。\n详见通知，编号t2025_01。');
  });

  it('joins a paragraph that ends mid-sentence with the next one, without a space between Chinese', () => {
    expect(articleText('担当作为、改革攻\n\n坚，努力完成目标任务。')).toBe(
      '担当作为、改革攻坚，努力完成目标任务。',
    );
  });

  it('keeps a space when the cut falls between two Latin words', () => {
    expect(mergeCutParagraphs(['支持 Open', 'Source 社区。'])).toEqual(['支持 Open Source 社区。']);
  });

  it('does not join headings or table rows', () => {
    expect(articleText('## 主要目标\n\n到2025年建成。')).toBe('主要目标\n到2025年建成。');
    expect(mergeCutParagraphs(['指标体系', '源头减碳\t过程降碳'])).toEqual([
      '指标体系',
      '源头减碳\t过程降碳',
    ]);
  });

  test.prop([fc.array(fc.string({ unit: fc.constantFrom('数', '据', '。', '*', '\n', ' ', '#', '_') }))])(
    'never leaves blank lines or padded lines',
    (pieces) => {
      const text = articleText(pieces.join(''));
      expect(text).not.toMatch(/\n\n|^\s|\s$/m);
    },
  );
});

describe('titles', () => {
  it('lose the stray spaces of PDF conversion next to Chinese, keep them between Latin words', () => {
    expect(cleanTitle('中国互联网协会发布 2024 年 影响中国互联网行业发展的十件大事')).toBe(
      '中国互联网协会发布2024年影响中国互联网行业发展的十件大事',
    );
    expect(cleanTitle('美国德州发布 《负责任的人工智能治理法案》 审议稿')).toBe(
      '美国德州发布《负责任的人工智能治理法案》审议稿',
    );
    expect(cleanTitle('**Open Data** 报告')).toBe('Open Data报告');
  });

  it('unescape Markdown in a line', () => {
    expect(plainInline('t20250113\\\\_1395643\\_ext')).toBe('t20250113_1395643_ext');
  });
});
