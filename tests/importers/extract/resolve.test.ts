import { describe, expect, it } from 'vitest';
import { extractAll, extractArticle } from '../../../importers/extract/index.ts';

const extractText = (text: string) => extractArticle({ title: '测试', text, file: 'a.md' });

describe('resolution', () => {
  it('joins the names of one body within an article into one entity with aliases', () => {
    const found = extractText(
      '杭州市经济和信息化局（杭州市数字经济局）发布《杭州市行动计划》。杭州市数字经济局表示',
    );
    const bodies = found.entities.filter((e) => e.type === 'Agency');
    expect(bodies.map((e) => e.name)).toEqual(['杭州市经济和信息化局']);
    expect(bodies[0]?.aliases).toContain('杭州市数字经济局');
  });

  it('joins a body’s short name written after its region (福建省委网信办) to the body introduced by it', () => {
    const found = extractArticle({
      title: '福建省委网信办印发《福建省数据出境安全评估工作指引》',
      text: '中共福建省委网络安全和信息化委员会办公室（以下简称“省委网信办”）印发《福建省数据出境安全评估工作指引》。',
      file: 'a.md',
    });
    const bodies = found.entities.filter((e) => e.type === 'Agency');
    expect(bodies.map((e) => e.name)).toEqual(['中共福建省委网络安全和信息化委员会办公室']);
    expect(bodies[0]?.aliases).toEqual(expect.arrayContaining(['省委网信办', '福建省委网信办']));
  });

  it('joins an abbreviation (市委金融办, 管委会) to the full name of the same region’s body', () => {
    const found = extractText(
      '中共广州市委金融委员会办公室印发《广州市行动方案》。未来，市委金融办将推动试点。北京市教育委员会和北京市东城区教育委员会发布《东城区细则》。',
    );
    const bodies = found.entities.filter((e) => e.type === 'Agency').map((e) => e.name);
    expect(bodies).toEqual(
      expect.arrayContaining(['中共广州市委金融委员会办公室', '北京市教育委员会', '北京市东城区教育委员会']),
    );
    expect(bodies.filter((n) => n.includes('金融'))).toHaveLength(1);
  });

  it('joins an abbreviation without its city (东城区教委) to the full name that opens with it (北京市东城区教育委员会)', () => {
    const found = extractText('北京市东城区教育委员会发布《东城区细则》。申请人经东城区教委审核后入学。');
    const bodies = found.entities.filter((e) => e.type === 'Agency');
    expect(bodies.map((e) => e.name)).toEqual(['北京市东城区教育委员会']);
    expect(bodies[0]?.aliases).toContain('东城区教委');
  });

  it('joins no document to another whose title holds its letters in order (第1号 and 第10号 are two)', () => {
    const found = extractText(
      '江苏省数据局印发《数据工作第1号指引》。江苏省数据局印发《数据工作第10号指引》。',
    );
    const documents = found.entities.filter((e) => e.type === 'Policy').map((e) => e.name);
    expect(documents.sort()).toEqual(['数据工作第10号指引', '数据工作第1号指引']);
  });

  it('keeps the evidence of every mention and of every relation after joining names', () => {
    const found = extractText(
      '杭州市经济和信息化局（杭州市数字经济局）发布《杭州市行动计划》。杭州市数字经济局表示',
    );
    const body = found.entities.find((e) => e.type === 'Agency');
    expect(body?.evidence.map((e) => found.text.slice(e.start, e.end))).toEqual([
      '杭州市经济和信息化局',
      '杭州市数字经济局',
      '杭州市数字经济局',
    ]);
    for (const r of found.relations) expect(r.evidence.length, r.type).toBeGreaterThan(0);
  });

  it('gives a body the same name across the articles of a run, whatever short form each uses', () => {
    const run = extractAll([
      { title: '一', text: '国家网信办发布《网络数据安全管理条例》。', file: 'a.md' },
      { title: '二', text: '国家互联网信息办公室发布《数据出境规定》。', file: 'b.md' },
    ]);
    const keys = run.map((a) => a.entities.filter((e) => e.type === 'Agency').map((e) => e.key));
    expect(keys).toEqual([['Agency:国家互联网信息办公室'], ['Agency:国家互联网信息办公室']]);
  });

  it('gives figures that share a name distinct keys by subject and year', () => {
    const found = extractText('2024年，贵阳贵安算力规模达53EFlops。2025年，贵州省算力规模达到150EFlops。');
    const keys = found.entities.filter((e) => e.type === 'Metric').map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('Metric:贵州省·算力规模@2025=150EFlops');
  });

  it('names a figure for what it measures, across a run too: subject, year and value are in its key only', () => {
    const [found] = extractAll([
      { title: '测试', text: '2025年，贵州省算力规模达到150EFlops。', file: 'a.md' },
    ]);
    const figure = found?.entities.find((e) => e.type === 'Metric');
    expect(figure).toMatchObject({
      key: 'Metric:贵州省·算力规模@2025=150EFlops',
      name: '算力规模',
      aliases: [],
    });
  });
});
