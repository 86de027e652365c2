import { describe, expect, it } from 'vitest';
import { highlight } from '../../api/highlight.ts';

describe('search highlight', () => {
  it('marks the runs of the name found in the query', () => {
    expect(highlight('贵州省人民政府办公厅', '贵州')).toBe('<mark>贵州</mark>省人民政府办公厅');
  });

  it('escapes HTML around and inside the marks', () => {
    expect(highlight('<b>数据</b>局', '数据')).toBe('&lt;b&gt;<mark>数据</mark>&lt;/b&gt;局');
  });

  it('marks a single character only when the query is that character', () => {
    expect(highlight('国家数据局', '局')).toBe('国家数据<mark>局</mark>');
    expect(highlight('国家数据局', '局长')).toBe('国家数据局');
  });
});
