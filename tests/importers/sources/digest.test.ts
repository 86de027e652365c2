import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../importers/sources/index.ts';

const read = (file: string) => readText(readFileSync(file, 'utf8'), file);
const realdev = (name: string) => read(`tests/fixtures/realdev/${name}`);
const gold = (name: string) =>
  (
    JSON.parse(readFileSync(`tests/fixtures/realdev/${name}.gold.json`, 'utf8')) as {
      articles: { title: string }[];
    }
  ).articles.map((a) => a.title.replace(/\s/g, ''));
const titles = (articles: { title: string }[]) => articles.map((a) => a.title.replace(/\s/g, ''));

describe('the digest source', () => {
  it('splits a WeChat digest at its bold item headings, each item under the bold section above it', () => {
    const { kind, articles } = realdev('c01.md');
    expect(kind).toBe('digest');
    expect(titles(articles)).toEqual(gold('c01'));
    expect(new Set(articles.map((a) => a.section))).toEqual(new Set(['国内动态/事件盘点']));
  });

  it('keeps the 详见 link as the item’s url, and an item that links to several pages gets none', () => {
    const { articles } = realdev('c01.md');
    expect(articles[1]?.url).toBe('https://www.gov.cn/zhengce/zhengceku/202409/content_6972409.htm');
    expect(articles.find((a) => a.title === '多项国家标准面向社会广泛征求意见')?.url).toBeUndefined();
    for (const { text } of articles) expect(text).not.toMatch(/详见|https?:/);
  });

  it('keeps sub-headings of another mark inside their item', () => {
    const framework = realdev('c01.md').articles.find((a) => a.title.startsWith('《人工智能安全治理框架》'));
    expect(framework?.text.split('\n')).toContain('人工智能安全治理原则');
  });

  it('dates every item by the digest and credits it to the account, from the front matter', () => {
    const { articles } = realdev('c01.md');
    for (const article of articles) {
      expect(article).toMatchObject({ date: '2024-09-19', source: '信息安全国家工程研究中心' });
      expect(article.issue).toEqual({ publication: '近期网安资讯动态盘点(2024-9上)', date: '2024-09-19' });
    }
  });

  it('reads the 13 numbered items of a weekly whose 目录 lists 30: no article without a body', () => {
    const { kind, articles } = realdev('c02.md');
    expect(kind).toBe('digest');
    expect(titles(articles)).toEqual(gold('c02'));
    expect(articles.map((a) => a.section)).toEqual([
      ...Array(3).fill('技术标准规范'),
      ...Array(10).fill('行业发展动态'),
    ]);
  });

  it('takes an item’s address from the link text when the text is itself the short address', () => {
    expect(realdev('c02.md').articles[0]?.url).toBe('https://mp.weixin.qq.com/s/GysLrDvvHFPfxH2rwpbugg');
  });

  it('splits a city digest at its section lines; the untitled items below stay with their section', () => {
    const { kind, articles } = realdev('b02.md');
    expect(kind).toBe('digest');
    expect(titles(articles)).toEqual(gold('b02'));
    expect(articles[0]?.text).toMatch(/^2022年江苏省政府工作报告强调/);
    expect(articles[0]?.text).toContain('镇江市委书记马明龙指出');
    expect(articles[1]?.text).toContain('宿迁市委书记王昊说');
    expect(articles.map((a) => a.section)).toEqual(['书记市长这一周', '书记市长这一周']);
  });

  it('drops the lead before the first item: it introduces the digest and is no item', () => {
    const all = realdev('b02.md')
      .articles.map((a) => a.text)
      .join('\n');
    expect(all).not.toContain('春潮声声、踔厉奋发。');
  });

  it('splits at 【】 headings, each item with its own 来源', () => {
    const text = [
      '# 数据要素周报（第12期）',
      '',
      '【国家数据局发布数据产业图谱】',
      '国家数据局发布《数据产业图谱》，明确重点方向。',
      '来源：国家数据局',
      '',
      '【甲省印发公共数据管理办法】',
      '甲省人民政府办公厅印发《甲省公共数据管理办法》。',
      '来源：甲省人民政府',
    ].join('\n');
    const { articles } = readText(text, 'weekly.md');
    expect(articles.map(({ title, source }) => ({ title, source }))).toEqual([
      { title: '国家数据局发布数据产业图谱', source: '国家数据局' },
      { title: '甲省印发公共数据管理办法', source: '甲省人民政府' },
    ]);
  });

  it('reads 一、 as sections and （一） as their items', () => {
    const text = [
      '# 乙市数字政府建设简报',
      '一、国家动态',
      '（一）国务院印发数字政府建设指导意见',
      '国务院印发《关于加强数字政府建设的指导意见》，提出到2025年的目标。',
      '（二）国家数据局召开全国数据工作会议',
      '会议部署2025年数据工作。',
      '二、地方实践',
      '（一）乙市上线一网通办平台',
      '乙市一网通办平台正式上线，覆盖1200项事项。',
    ].join('\n');
    const { articles } = readText(text, 'brief.md');
    expect(articles.map(({ title, section }) => [section, title])).toEqual([
      ['国家动态', '国务院印发数字政府建设指导意见'],
      ['国家动态', '国家数据局召开全国数据工作会议'],
      ['地方实践', '乙市上线一网通办平台'],
    ]);
  });

  it('splits at the headings under a section that names the items a digest (政策摘要), though the title does not', () => {
    const text = [
      '# 甲城科技政策参考【2019年1-2月】',
      '来源：甲城科技品宣部',
      '',
      '## 第二部分  政策摘要',
      '',
      '### 乙市推进不动产登记服务智能化',
      '',
      '2019年，乙市不动产登记业务“最多跑一次”推广至有条件的区县。',
      '',
      '### 丙省印发《关于加快推进新型智慧城市建设的指导意见》',
      '',
      '丙省人民政府办公厅印发《关于加快推进新型智慧城市建设的指导意见》。',
    ].join('\n');
    const { kind, articles } = readText(text, 'reference.md');
    expect(kind).toBe('digest');
    expect(articles.map(({ title, section }) => [section, title])).toEqual([
      ['第二部分 政策摘要', '乙市推进不动产登记服务智能化'],
      ['第二部分 政策摘要', '丙省印发《关于加快推进新型智慧城市建设的指导意见》'],
    ]);
  });

  it('reads an article with sub-headings as one article: its title names no digest and its parts link nowhere', () => {
    const { kind, articles } = read('tests/fixtures/sources/article.md');
    expect(kind).toBe('article');
    expect(articles).toHaveLength(1);
    expect(articles[0]?.text).toContain('\n主要目标\n');
  });

  it('reads bold numbered items under numbered heading sections, a link after the last sentence as the url', () => {
    const text = [
      '---',
      'title: 数据合规半月观察（第三期）',
      'source: 某中心',
      'date: 2024-07-16',
      '---',
      '# 数据合规半月观察（第三期）',
      '# **一、政策研究**',
      '**1.九部门：允许跨境电商等场景数据有序流动**',
      '商务部等9部委联合发布《关于拓展跨境电商出口的意见》。https://example.cn/a.shtml',
      '**2.欧盟与日本跨境数据流动协议生效**',
      '欧盟委员会宣布协议正式生效。',
      'https://example.eu/b',
      'https://example.eu/c',
      '# **二、舆情事件**',
      '**1.美公司因违规收集数据被罚款**',
      '韩国通信委员会对188家公司进行罚款。',
    ].join('\n');
    const { articles } = readText(text, 'half-month.md');
    expect(articles.map(({ section, title, url }) => ({ section, title, url }))).toEqual([
      {
        section: '政策研究',
        title: '九部门：允许跨境电商等场景数据有序流动',
        url: 'https://example.cn/a.shtml',
      },
      { section: '政策研究', title: '欧盟与日本跨境数据流动协议生效', url: undefined },
      { section: '舆情事件', title: '美公司因违规收集数据被罚款', url: undefined },
    ]);
    expect(articles[0]?.text).toBe('商务部等9部委联合发布《关于拓展跨境电商出口的意见》。');
  });

  it('reads 【标题】 followed by the item’s text on the same line', () => {
    const text = [
      '# 政务数据快讯（第5期）',
      '【国家数据局发布数据产业图谱】国家数据局发布《数据产业图谱》。',
      '【甲省印发公共数据管理办法】甲省人民政府办公厅印发《甲省公共数据管理办法》。',
    ].join('\n');
    expect(readText(text, 'flash.md').articles.map(({ title, text }) => [title, text])).toEqual([
      ['国家数据局发布数据产业图谱', '国家数据局发布《数据产业图谱》。'],
      ['甲省印发公共数据管理办法', '甲省人民政府办公厅印发《甲省公共数据管理办法》。'],
    ]);
  });
});
