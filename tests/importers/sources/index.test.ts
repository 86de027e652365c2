import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isZhengtuError } from '../../../core/errors.ts';
import { readerOf, readText } from '../../../importers/sources/index.ts';

describe('choosing the source for a file', () => {
  it('goes by the extension when it names a kind', () => {
    expect(readerOf('a.html', '# 标题')).toBe('html');
    expect(readerOf('a.SHTML', '')).toBe('html');
    expect(readerOf('a.jsonl', '')).toBe('json');
  });

  it('otherwise looks at the content: a page, JSON, or Markdown and text', () => {
    expect(readerOf('a.txt', '<!DOCTYPE html><html><body></body></html>')).toBe('html');
    expect(readerOf('a', '  {"title": "标题", "body": "正文"}')).toBe('json');
    expect(readerOf('a.md', '# 甲市发布数据条例\n\n正文。')).toBe('text');
  });

  it('reads Markdown as a newsletter issue, a digest or one article, by what splits it', () => {
    const kinds = [
      'samples/dsj-2025-02.md',
      'tests/fixtures/realdev/c02.md',
      'tests/fixtures/realdev/c04.md',
    ].map((file) => readText(readFileSync(file, 'utf8'), file).kind);
    expect(kinds).toEqual(['newsletter', 'digest', 'article']);
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
