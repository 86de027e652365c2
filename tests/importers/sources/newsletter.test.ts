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

describe('the newsletter source on another publisher’s issue', () => {
  const file = 'tests/fixtures/sources/newsletter-szzf-2024-07.md';
  const other = readNewsletter(readFileSync(file, 'utf8'), file);
  const titled = (start: string) => other.find((a) => a.title.startsWith(start));

  it('reads the issue from its cover: publication, date, number and serial', () => {
    expect(other[0]?.issue).toEqual({
      publication: '数字政府工作简报',
      date: '2024-06-03',
      number: 7,
      serial: 88,
    });
  });

  it('finds the listed articles, one that the contents omit, and their sections from divider headings', () => {
    expect(other.map((a) => [a.title, a.section])).toEqual([
      ['浙江省印发公共数据授权运营实施细则（试行）', '政策速递'],
      ['国务院办公厅关于进一步优化政务服务提升行政效能的意见', '政策速递'],
      ['江苏省发布数据要素市场化配置改革行动方案', '政策速递'],
      ['上海“一网通办”新增50项高效办成一件事', '地方实践'],
    ]);
  });

  it('joins a sentence across a running head and a page number', () => {
    expect(titled('浙江省')?.text).toContain('公共数据开放量达到12亿条，为授权运营奠定了基础。');
    expect(other.map((a) => a.text).join('\n')).not.toMatch(/数字政府工作简报|- 5 -|扫码/);
  });

  it('keeps a citation （来源：X） inside the text when the article goes on, and takes the last 来源', () => {
    expect(titled('浙江省')?.text).toContain('（来源：浙江省统计局）\n《细则》共七章三十条');
    expect(titled('浙江省')?.source).toBe('浙江省大数据发展管理局');
  });

  it('reads a 来源 line that closes an article as its source', () => {
    expect(titled('江苏省')?.source).toBe('江苏省人民政府办公厅');
  });

  it('drops back matter after the last article (联系我们, addresses, telephone)', () => {
    expect(other.map((a) => a.text).join('\n')).not.toMatch(/联系我们|0571|投稿/);
  });
});

describe('the newsletter rules in small', () => {
  const issue = (body: string) => readNewsletter(`# 政务数据周报\n\n2025年3月3日 第9期\n\n${body}`, 'w.md');

  it('without a table of contents, takes each heading whose text closes with 来源 as an article', () => {
    const articles = issue(
      '## 甲市发布数据条例\n\n甲市发布条例。（来源：甲市人民政府）\n\n## 乙市发布数据办法\n\n乙市发布办法。\n\n来源：乙市数据局',
    );
    expect(articles.map((a) => [a.title, a.source])).toEqual([
      ['甲市发布数据条例', '甲市人民政府'],
      ['乙市发布数据办法', '乙市数据局'],
    ]);
  });

  it('treats a 来源 line followed by more text as a figure credit, not the article’s end', () => {
    const [article] = issue(
      '## 甲市发布数据条例\n\n图1 数据产业规模\n\n来源：甲市统计局\n\n第二段。（来源：甲市人民政府）',
    );
    expect(article).toMatchObject({ text: '图1 数据产业规模\n第二段。', source: '甲市人民政府' });
  });

  it('keeps a heading inside an open article as a sub-heading', () => {
    const [article] = issue(
      '## 甲市发布数据条例\n\n导语。\n\n# 一、总体要求\n\n正文。（来源：甲市人民政府）',
    );
    expect(article?.text).toBe('导语。\n一、总体要求\n正文。');
  });

  it('starts a listed article at a heading that differs from its listed title by a word', () => {
    const contents = '## 目录\n\n01 乙省发布公共数据资源授权运营管理办法\n\n02 丙市召开数据工作会议\n\n';
    const articles = issue(
      `${contents}# 丙市召开数据工作会议\n\n会议召开。\n\n# 乙省发布公共数据资源授权运营管理暂行办法\n\n办法印发。`,
    );
    expect(articles.map((a) => a.title)).toEqual([
      '丙市召开数据工作会议',
      '乙省发布公共数据资源授权运营管理暂行办法',
    ]);
  });

  it('does not take a title repeated on cover, contents and heading for a running head', () => {
    const contents = '## 本期要目\n\n丙市召开数据工作会议\n\n';
    const articles = issue(`# 丙市召开数据工作会议\n\n${contents}# 丙市召开数据工作会议\n\n会议召开。`);
    expect(articles.map((a) => [a.title, a.text])).toEqual([['丙市召开数据工作会议', '会议召开。']]);
  });

  it('continues a listed title that the contents wrap onto a second line', () => {
    const contents =
      '## 本期要目\n\n- 01 乙省发布公共数据资源授权运营管理\n\n办法（试行）\n\n- 02 丙市召开数据工作会议\n\n';
    const articles = issue(
      `${contents}# 乙省发布公共数据资源授权运营管理办法（试行）\n\n办法印发。\n\n# 丙市召开数据工作会议\n\n会议召开。`,
    );
    expect(articles.map((a) => [a.title, a.text])).toEqual([
      ['乙省发布公共数据资源授权运营管理办法（试行）', '办法印发。'],
      ['丙市召开数据工作会议', '会议召开。'],
    ]);
  });

  it('starts an article the contents omit at a headline-like line after the last article closed', () => {
    const contents = '## 本期要目\n\n- 01 甲市发布数据条例\n\n';
    const body =
      '# 甲市发布数据条例\n\n条例发布。（来源：甲市人民政府）\n\n丁县上线政务服务平台\n\n平台上线。（来源：丁县融媒体中心）';
    expect(issue(contents + body).map((a) => [a.title, a.source])).toEqual([
      ['甲市发布数据条例', '甲市人民政府'],
      ['丁县上线政务服务平台', '丁县融媒体中心'],
    ]);
  });

  it('without contents, leaves the cover and editors out of the first article', () => {
    const cover = '## 本刊编委会\n\n主编 王明\n\n责任编辑 李华\n\n';
    const [article] = issue(`${cover}## 甲市发布数据条例\n\n条例发布。（来源：甲市人民政府）`);
    expect(article).toMatchObject({ title: '甲市发布数据条例', text: '条例发布。' });
  });

  it('reads a bare address after the closing 来源 as the url', () => {
    const [article] = issue(
      '## 甲市发布数据条例\n\n条例发布。（来源：甲市人民政府）\n\n<https://www.jia.gov.cn/a\\_1.html>',
    );
    expect(article?.url).toBe('https://www.jia.gov.cn/a_1.html');
  });

  it('reads an issue number written in Chinese numerals, and the full date rather than a month the cover mentions', () => {
    const [article] = readNewsletter(
      '# 数据治理简报\n\n本刊创办于2019年5月\n\n2024年第十二期（总第一百零八期） 2024年12月20日\n\n## 甲市发布数据条例\n\n条例发布。（来源：甲市人民政府）',
      'j.md',
    );
    expect(article?.issue).toEqual({
      publication: '数据治理简报',
      date: '2024-12-20',
      number: 12,
      serial: 108,
    });
  });
});
