import { describe, expect, it } from 'vitest';
import { isoDate, sourceLine, splitClosingSource, urlLine } from '../../../importers/sources/fields.ts';

describe('fields read the same way by every source', () => {
  it('dates become ISO: 年月日, dashes, slashes, dots, or only a month', () => {
    expect(
      ['2025年1月13日', '2025-1-13', '2025/01/13 10:00', '2025.1.13', '2025 年 1 月 13 日'].map(isoDate),
    ).toEqual(Array(5).fill('2025-01-13'));
    expect(isoDate('2024年12月')).toBe('2024-12');
    expect(isoDate('2024年13月1日')).toBeUndefined();
    expect(isoDate('第215期')).toBeUndefined();
  });

  it('a closing （来源：X） in full- or half-width brackets comes off the paragraph', () => {
    expect(splitClosingSource('持续推动发展。（来源：国家发展和改革委员会）')).toEqual({
      rest: '持续推动发展。',
      source: '国家发展和改革委员会',
    });
    expect(splitClosingSource('持续推动发展。(来源: 中国信息通信研究院)')?.source).toBe('中国信息通信研究院');
    expect(splitClosingSource('持续推动发展。【来源：贵州日报】')?.source).toBe('贵州日报');
    expect(splitClosingSource('持续推动发展。（文章来源：新华网）')?.source).toBe('新华网');
    expect(splitClosingSource('贵州（来源：略）持续推动发展。')).toBeUndefined();
  });

  it('a 来源 line gives its source', () => {
    expect(sourceLine('来源：贵阳网')).toBe('贵阳网');
    expect(sourceLine('信息来源: 省政府办公厅')).toBe('省政府办公厅');
    expect(sourceLine('来源丨人民日报')).toBe('人民日报');
    expect(sourceLine('数据来源于统计局')).toBeUndefined();
  });

  it('a 原文链接 line gives the link target, unescaped, in any Markdown form', () => {
    const target = 'https://www.ndrc.gov.cn/xxgk/t20250113_1395643_ext.html';
    expect(
      urlLine(`原文链接：[https://www.ndrc.gov.cn/xxgk/t20250113\\\\_1395643\\\\_ext.html](${target})`),
    ).toBe(target);
    expect(urlLine('原文链接：<https://ipc.court.gov.cn/zh-cn/news/view-3828.html>')).toBe(
      'https://ipc.court.gov.cn/zh-cn/news/view-3828.html',
    );
    expect(urlLine('原文链接：https://a.cn/x\\_y.html')).toBe('https://a.cn/x_y.html');
    expect(urlLine('原文链接：见附件')).toBeUndefined();
  });
});
