import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../importers/sources/article.ts';

const read = (text: string) => readArticle(text, 'a.md')[0];

describe('the single-article source', () => {
  it('reads the header lines # 标题, 来源：, 日期： and 原文链接：', () => {
    const article = read(
      [
        '# 贵州省发布 2025 年数据工作要点',
        '来源：贵州省大数据发展管理局',
        '日期：2025年3月5日',
        '原文链接：<https://dsj.guizhou.gov.cn/a\\_1.html>',
        '',
        '贵州省印发《2025年数据工作要点》。',
      ].join('\n'),
    );
    expect(article).toEqual({
      title: '贵州省发布2025年数据工作要点',
      text: '贵州省印发《2025年数据工作要点》。',
      source: '贵州省大数据发展管理局',
      date: '2025-03-05',
      url: 'https://dsj.guizhou.gov.cn/a_1.html',
      file: 'a.md',
    });
  });

  it('takes a plain-text first line as the title when it reads like one', () => {
    expect(read('杭州市发布数据条例\n\n杭州市人大常委会通过《杭州市数据条例》。')?.title).toBe(
      '杭州市发布数据条例',
    );
  });

  it('does not take a first sentence as the title, and then uses the file name', () => {
    const article = read('杭州市人大常委会通过《杭州市数据条例》。');
    expect(article?.title).toBe('a');
    expect(article?.text).toBe('杭州市人大常委会通过《杭州市数据条例》。');
  });

  it('does not take the salutation that opens a document (各有关单位：) as the title', () => {
    expect(read('各有关单位：\n\n现将《杭州市数据条例》印发给你们，请认真贯彻执行。')?.title).toBe('a');
  });

  it('reads a closing （来源：X） and trailing 原文链接 into source and url', () => {
    const article = read('# 标题在此\n\n正文第一段。（来源：新华社）\n\n原文链接：https://www.news.cn/1.htm');
    expect(article).toMatchObject({
      text: '正文第一段。',
      source: '新华社',
      url: 'https://www.news.cn/1.htm',
    });
  });

  it('removes Markdown emphasis and keeps sub-headings as their own paragraphs', () => {
    const article = read('# 标题在此\n\n## 主要目标\n\n到2025年，算力规模达到**150EFlops**。');
    expect(article?.text).toBe('主要目标\n到2025年，算力规模达到150EFlops。');
  });

  it('leaves bylines in the header (作者：, 责任编辑：) out of the text', () => {
    const article = read('# 标题在此\n\n作者：张三\n责任编辑：李四\n\n正文第一段。');
    expect(article?.text).toBe('正文第一段。');
  });

  it('reads the 原标题 line a page prints above a story it carries as header: the title, not the text', () => {
    const article = read('原标题：甲市发布数据条例\n甲市人大常委会通过《甲市数据条例》');
    expect(article).toMatchObject({ title: '甲市发布数据条例', text: '甲市人大常委会通过《甲市数据条例》' });
  });

  it('leaves the editor’s line that closes a news page (责任编辑：) out of the text', () => {
    expect(read('# 标题在此\n\n正文第一段。\n\n责任编辑：李四\n来源：甲市人民政府')?.text).toBe(
      '正文第一段。',
    );
  });

  it('completes what front matter gave and takes its title line, and an empty 原文链接 line, as header', () => {
    const given = { title: '甲市发布数据条例', source: '甲市人民政府', date: '2025-03-01' };
    const [article] = readArticle(
      '# 甲市发布数据条例\n原文链接：\n\n甲市人大常委会通过《甲市数据条例》。',
      'a.md',
      given,
    );
    expect(article).toEqual({
      ...given,
      url: undefined,
      text: '甲市人大常委会通过《甲市数据条例》。',
      file: 'a.md',
    });
  });
});
