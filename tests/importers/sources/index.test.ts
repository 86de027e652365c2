import { describe, expect, it } from 'vitest';
import { isZhengtuError } from '../../../core/errors.ts';
import { readText, sourceKind } from '../../../importers/sources/index.ts';

describe('choosing the source for a file', () => {
  it('goes by the extension when it names a kind', () => {
    expect(sourceKind('a.html', '# 标题')).toBe('html');
    expect(sourceKind('a.SHTML', '')).toBe('html');
    expect(sourceKind('a.jsonl', '')).toBe('json');
  });

  it('otherwise looks at the content: a page, JSON, an issue with contents, or one article', () => {
    expect(sourceKind('a.txt', '<!DOCTYPE html><html><body></body></html>')).toBe('html');
    expect(sourceKind('a', '  {"title": "标题", "body": "正文"}')).toBe('json');
    expect(
      sourceKind('a.md', '# 周报\n\n## 本期要目\n\n- 01 甲市发布数据条例\n\n# 甲市发布数据条例\n\n正文。'),
    ).toBe('newsletter');
    expect(sourceKind('a.md', '# 甲市发布数据条例\n\n正文。（来源：甲市人民政府）')).toBe('article');
  });

  it('refuses a file in which no article with a title and text can be found', () => {
    try {
      readText('<html><body><nav>首页</nav></body></html>', 'empty.html');
      expect.unreachable();
    } catch (error) {
      expect(isZhengtuError(error, 'BAD_INPUT') && error.message).toMatch(/empty\.html: no article/);
    }
  });
});
