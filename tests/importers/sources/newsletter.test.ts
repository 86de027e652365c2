import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readNewsletter } from '../../../importers/sources/newsletter.ts';

const SAMPLE = 'samples/dsj-2025-02.md';
const gold = JSON.parse(readFileSync('tests/fixtures/dsj-2025-02.gold.json', 'utf8')) as {
  articles: { title: string; section: string; source: string | null; url: string | null }[];
};
const articles = readNewsletter(readFileSync(SAMPLE, 'utf8'), SAMPLE);
const compact = (title: string) => title.normalize('NFKC').replace(/\s/g, '');
const find = (start: string) => articles.find((a) => a.title.startsWith(start));

describe('the newsletter source on 《大数据发展动态》 2025 第2期', () => {
  it('finds every article of the human split, in order, with its title joined from stray spaces', () => {
    expect(articles.map((a) => compact(a.title))).toEqual(gold.articles.map((a) => compact(a.title)));
    expect(find('中国互联网协会')?.title).toBe('中国互联网协会发布2024年影响中国互联网行业发展的十件大事');
  });

  it('gives each article its section, 来源 and 原文链接 as in the human split', () => {
    const read = articles.map(({ section, source, url }) => ({ section, source, url }));
    const human = gold.articles.map(({ section, source, url }) => ({
      section,
      source: source ?? undefined,
      url: url ?? undefined,
    }));
    expect(read).toEqual(human);
  });

  it('reads the issue: publication, date, number and serial, and dates every article by it', () => {
    const issue = { publication: '大数据发展动态', date: '2025-01-13', number: 2, serial: 215 };
    for (const article of articles)
      expect({ issue: article.issue, date: article.date }).toEqual({ issue, date: issue.date });
  });

  it('joins a title that the converter broke over two headings', () => {
    expect(find('“中国数谷”')?.title).toBe('“中国数谷”影响力持续增强 贵阳贵安数字经济发展取得新成效');
  });

  it('keeps sub-headings inside their article', () => {
    expect(find('《网络信息内容')?.text).toContain('\n《规定》主要内容如下：\n');
    expect(find('中国信通院发布')?.text).toContain('\n报告主要内容：\n');
    expect(find('美国德州')?.text).toContain('\n（四）与消费者交互时的披露内容\n');
  });

  it('joins a sentence that a page break cut in two', () => {
    expect(find('全国数据工作会议')?.text).toContain('担当作为、改革攻坚，努力完成');
    expect(find('贵州发布人工智能')?.text).toContain('支持企业上规上市。');
  });

  it('drops front matter, editors, page furniture, figure credits and back matter', () => {
    const all = articles.map((a) => a.text).join('\n');
    for (const furniture of [
      '扫描二维码',
      '原文链接',
      '来源',
      'GIDI2018',
      '责任编辑',
      '主编简介',
      '关注公众号',
      '**',
    ]) {
      expect(all).not.toContain(furniture);
    }
  });

  it('writes plain text: one paragraph a line, no Markdown, no blank lines', () => {
    for (const { text } of articles) {
      expect(text).not.toMatch(/\n\n|^\s|\s$|\\_|\]\(|^#/m);
    }
  });
});
