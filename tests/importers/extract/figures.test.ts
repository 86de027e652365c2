import { describe, expect, it } from 'vitest';
import type { RelationType } from '../../../core/model.ts';
import { extractArticle } from '../../../importers/extract/index.ts';

function relations(text: string) {
  const found = extractArticle({ title: '测试', text, file: 'test.md' });
  return (type: RelationType) =>
    found.relations
      .filter((r) => r.type === type)
      .map((r) => `${r.from.replace(/^\w+:/, '').replace(/@.*/, '')} → ${r.to.replace(/^\w+:/, '')}`);
}

describe('what a figure is about', () => {
  it('MEASURES: a body’s spokesman reports figures about the country, not about the body', () => {
    const of = relations('国家数据局新闻发言人介绍，前三季度我国数据交易额达到1200亿元，同比增长30%。');
    expect(of('MEASURES')).toEqual([expect.stringMatching(/ → 中国$/), expect.stringMatching(/ → 中国$/)]);
  });

  it('MEASURES: no place for the figures of an article that names none (an international index)', () => {
    const of = relations(
      '世界银行发布《数字进步与趋势报告》。报告显示，全球已有超过90个国家建立数字身份系统。',
    );
    expect(of('MEASURES')).toEqual([]);
  });

  it('MEASURES: a figure under a heading naming a city (武汉：…) is that city’s, not the home region’s', () => {
    const of = relations(
      '长沙市发布数字经济规划。\n武汉：建成全国数字经济一线城市\n其中，数字经济占全市GDP比重超过40%。\n',
    );
    expect(of('MEASURES')).toEqual([expect.stringMatching(/ → 武汉市$/)]);
  });

  it('MEASURES: the figures of a service hall (县人民政府政务大厅) are its county’s, not the hall’s', () => {
    const of = relations('柳河县人民政府政务大厅坐落于中华大街，面积6995平方米。');
    expect(of('MEASURES')).toEqual([expect.stringMatching(/ → 柳河县$/)]);
  });

  it('MEASURES: a sentence opening with 该项目 is about the programme named before it', () => {
    const of = relations('郑州市启动了“城市大脑”项目。\n该项目经过两期建设，已涉及14个部门。');
    expect(of('MEASURES')).toEqual([expect.stringMatching(/ → 城市大脑$/)]);
  });

  it('MEASURES: the whole a share is taken of (占全省近30%) is its base, not its subject', () => {
    const of = relations('长沙市数字经济规模超千亿元，数字经济总量占全省近30%。');
    expect(of('MEASURES')).toEqual([
      expect.stringMatching(/ → 长沙市$/),
      expect.stringMatching(/ → 长沙市$/),
    ]);
  });
});
