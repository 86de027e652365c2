import { describe, expect, it } from 'vitest';
import { labelLines } from '../../web/src/lib/label-lines.ts';

describe('a label as the canvas writes it', () => {
  it('keeps a short label on one line', () => {
    expect(labelLines('国家数据局')).toBe('国家数据局');
  });

  it('breaks a long policy name between characters into two lines', () => {
    expect(labelLines('关于促进数据标注产业高质量发展的实施意见')).toBe(
      '关于促进数据标注产业高质\n量发展的实施意见',
    );
  });

  it('shortens what does not fit on two lines with an ellipsis', () => {
    const lines = labelLines('贵州省服务“六大产业基地”建设加快发展生产性服务业的若干政策措施').split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(lines.join('').length).toBeLessThan(26);
  });

  it('breaks a figure at its separator (dropped there) when it needs two lines, never inside a number or unit', () => {
    expect(labelLines('算力规模 150 EFlops · 2025 目标')).toBe('算力规模 150 EFlops\n2025 目标');
    expect(labelLines('年均复合增长率 20% · 2027')).toBe('年均复合增长率 20%\n2027');
    expect(labelLines('交易额 75亿元 · 2024')).toBe('交易额 75亿元 · 2024');
  });
});
