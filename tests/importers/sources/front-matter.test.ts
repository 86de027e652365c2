import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../importers/sources/front-matter.ts';

describe('YAML front matter', () => {
  it('gives the title, address, account and date an archiver wrote above a WeChat digest', () => {
    const { meta, body } = splitFrontMatter(readFileSync('tests/fixtures/realdev/c02.md', 'utf8'));
    expect(meta).toMatchObject({
      title: '关键基础设施安全资讯周报20240715期',
      source: '关键基础设施安全应急响应中心',
      date: '2024-07-16',
    });
    expect(meta.url).toMatch(/^https:\/\/mp\.weixin\.qq\.com\/s\?__biz=/);
    expect(body).toMatch(/^\n# 关键基础设施安全资讯周报20240715期/);
  });

  it('reads the author, and a date YAML takes for a timestamp, as ISO', () => {
    const { meta } = splitFrontMatter(
      '---\ntitle: 甲市数据条例解读\nauthor: 王明\ndate: 2025-03-01T08:00:00Z\n---\n正文。',
    );
    expect(meta).toEqual({ title: '甲市数据条例解读', author: '王明', date: '2025-03-01' });
  });

  it('reads front matter below blank lines, as a blog generator leaves it, with its feed date', () => {
    const { meta, body } = splitFrontMatter(
      "\n---\ntitle: '乙省召开数字经济大会'\nauthor: 新浪财经\ndate: Wed, 27 Jul 2022 06:06:02 GMT\n---\n\n<p>正文。</p>",
    );
    expect(meta).toEqual({ title: '乙省召开数字经济大会', author: '新浪财经', date: '2022-07-27' });
    expect(body).toBe('\n<p>正文。</p>');
  });

  it('leaves a text without front matter, or opening with a rule that is no YAML, whole', () => {
    const ruled = '---\n甲市印发《数据条例》：一、总则\n---\n正文。';
    expect(splitFrontMatter('# 标题\n\n正文。')).toEqual({ meta: {}, body: '# 标题\n\n正文。' });
    expect(splitFrontMatter(ruled).body).toBe(ruled);
  });
});
