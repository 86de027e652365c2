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

describe('what a figure is about and which document sets it', () => {
  it('MEASURES: a body’s spokesman reports figures about the country, not about the body', () => {
    const of = relations('国家数据局新闻发言人介绍，前三季度我国数据交易额达到1200亿元，同比增长30%。');
    expect(of('MEASURES')).toEqual([expect.stringMatching(/ → 中国$/), expect.stringMatching(/ → 中国$/)]);
  });

  it('SETS_TARGET: the aim (力争…) right after a document is that document’s target', () => {
    const of = relations(
      '下一步，国家数据局将落实《数据产业培育行动计划》，力争到2027年培育数据企业超过5000家。',
    );
    expect(of('SETS_TARGET')).toEqual([expect.stringMatching(/^数据产业培育行动计划 → /)]);
  });

  it('SETS_TARGET: a forecast (预计到2030年…) is no target of the document the article is about', () => {
    const of = relations(
      '近日，新西兰议会通过《数字身份服务信托框架法》。新西兰统计局预计，到2030年数字身份用户将达到300万人。',
    );
    expect(of('SETS_TARGET')).toEqual([]);
  });

  it('MEASURES: no place for the figures of an article that names none (an international index)', () => {
    const of = relations(
      '世界银行发布《数字进步与趋势报告》。报告显示，全球已有超过90个国家建立数字身份系统。',
    );
    expect(of('MEASURES')).toEqual([]);
  });
});
