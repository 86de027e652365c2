// How a PDF's positioned text becomes Markdown: lines, paragraphs, headings by size, furniture.
import { describe, expect, it } from 'vitest';
import { mendCharacters, simplifiedVariants } from '../../../importers/sources/pdf-characters.ts';
import { layoutMarkdown, type Run } from '../../../importers/sources/pdf-layout.ts';

const SIZE = 11;
/** A line of body text at height `y`, one run per character as Chromium writes them. */
const line = (text: string, y: number, { x = 60, size = SIZE } = {}): Run[] =>
  [...text].map((char, i) => ({ text: char, x: x + i * size, y, width: size, size }));
const FULL = 40; // characters on a full line

describe('laying out a PDF text layer', () => {
  it('joins the lines of a paragraph and breaks at a wider gap, an indent or a short last line', () => {
    const page = [
      ...line('数'.repeat(FULL), 700),
      ...line('据工作。', 682),
      ...line('新的一段在较宽的间距之后', 655),
      ...line('缩进的首行', 637, { x: 60 + 2 * SIZE }),
    ];
    expect(layoutMarkdown([page])).toBe(
      `${'数'.repeat(FULL)}据工作。\n\n新的一段在较宽的间距之后\n\n缩进的首行`,
    );
  });

  it('knows headings by type size, largest first, and leaves text that looks like Markdown as text', () => {
    const page = [
      ...line('大数据发展动态', 760, { size: 20 }),
      ...line('国策要论', 730, { size: 14 }),
      ...line('# 正文不是标题。', 700),
      ...line('正文'.repeat(10), 682),
    ];
    expect(layoutMarkdown([page])).toBe(
      `# 大数据发展动态\n\n## 国策要论\n\n\\# 正文不是标题。\n\n${'正文'.repeat(10)}`,
    );
  });

  it('joins a paragraph cut by a page break mid-sentence, not one that ended with its sentence', () => {
    const pages = [
      [...line('会议强调要'.repeat(8), 100), ...line('会议指出。'.repeat(8), 82)],
      [...line('继续推进。', 760), ...line('新段落。', 742)],
    ];
    pages[0]?.splice(FULL, FULL); // the first page ends mid-sentence
    expect(layoutMarkdown(pages)).toBe(`${'会议强调要'.repeat(8)}继续推进。\n\n新段落。`);
  });

  it('drops running heads and footers that repeat on the pages, digits aside, and bare page numbers', () => {
    const page = (n: number) => [
      ...line(`2025年1月13日 大数据发展动态 第${n}期`, 820, { size: 6 }),
      ...line(`${'一二三'[n - 1]}页的正文。`, 760),
      ...line(`https://www.gidi.org.cn/dsj ${n}/19`, 16, { size: 6 }),
    ];
    const single = [...line('只有一页的正文。', 760), ...line('7', 16, { size: 6 })];
    expect(layoutMarkdown([page(1), page(2), page(3)])).toBe('一页的正文。\n\n二页的正文。\n\n三页的正文。');
    expect(layoutMarkdown([single])).toBe('只有一页的正文。');
  });

  it('writes a wide gap inside a line as a tab, a table’s column break', () => {
    const row = [...line('源头减碳', 700), ...line('过程降碳', 700, { x: 60 + 8 * SIZE })];
    expect(layoutMarkdown([row])).toBe('源头减碳\t过程降碳');
  });
});

describe('mending the characters of a text layer', () => {
  it('gives ideographs for Kangxi radicals (NFKC) and CJK Radicals Supplement forms (Unicode’s table)', () => {
    expect(mendCharacters('⼤数据⽤于视⻆与宝⻉')).toBe('大数据用于视角与宝贝');
  });

  it('gives the dash for the horizontal bar that shares its glyph', () => {
    expect(mendCharacters('2024―2026年')).toBe('2024—2026年');
  });

  it('writes a z-variant (one character, two glyphs) as simplified Chinese writes it', () => {
    const prose = '各地加快推进公共数据资源开发利用，建立健全数据要素市场体系，';
    expect(simplifiedVariants(`${prose}戶籍数据在吳江区先行共享`)).toBe(`${prose}户籍数据在吴江区先行共享`);
  });

  it('leaves a text in traditional characters as it is', () => {
    const traditional = '全國農村戶籍人口數據統計，戶籍制度改革，吳江區';
    expect(simplifiedVariants(traditional)).toBe(traditional);
  });
});
