import { describe, expect, it } from 'vitest';
import type { RelationType } from '../../../core/model.ts';
import { extractArticle } from '../../../importers/extract/index.ts';

function relations(text: string) {
  const found = extractArticle({ title: '测试', text, file: 'test.md' });
  return (type: RelationType) =>
    found.relations
      .filter((r) => r.type === type)
      .map(
        (r) =>
          `${r.from.replace(/^\w+:/, '').replace(/@.*/, '')} → ${r.to.replace(/^\w+:/, '').replace(/@.*/, '')}`,
      );
}

describe('which document sets a target', () => {
  it('the aim (力争…) right after a document is that document’s target', () => {
    const of = relations(
      '下一步，国家数据局将落实《数据产业培育行动计划》，力争到2027年培育数据企业超过5000家。',
    );
    expect(of('SETS_TARGET')).toEqual([expect.stringMatching(/^数据产业培育行动计划 → /)]);
  });

  it('a forecast (预计到2030年…) is no target of the document the article is about', () => {
    const of = relations(
      '近日，新西兰议会通过《数字身份服务信托框架法》。新西兰统计局预计，到2030年数字身份用户将达到300万人。',
    );
    expect(of('SETS_TARGET')).toEqual([]);
  });

  it('a document named by its type alone (方案明确) paragraphs after its title', () => {
    const of = relations(
      '会议要求，抓好《数据要素市场化配置行动方案》落实。\n方案明确，到2027年，培育数据企业超过500家。',
    );
    expect(of('SETS_TARGET')).toEqual([expect.stringMatching(/^数据要素市场化配置行动方案 → /)]);
  });

  it('the document whose issue the passage last reported by the tail of its title (出台了“双招双引”10条措施)', () => {
    const of = relations(
      '高新区发布《高新区优化营商环境15条措施》和《高新区“双招双引”10条措施》。\n高新区出台了“双招双引”10条措施。\n新投用50所学校。',
    );
    expect(of('SETS_TARGET')).toEqual([expect.stringMatching(/^高新区“双招双引”10条措施 → /)]);
  });

  it('a figure the passage lists as a task is a target; one it reports as done is not', () => {
    const of = relations(
      '近日，市政府印发《数据产业发展规划》。\n推进12个数据产业园建设。已建成30个数据中心。',
    );
    expect(of('SETS_TARGET')).toEqual([expect.stringMatching(/^数据产业发展规划 → .*数据产业园/)]);
  });

  it('a figure the issuer says it will reach (高新区将…新设百亿产业基金) is a target of the passage’s document', () => {
    const of = relations(
      '高新区发布《高新区“双招双引”10条措施》。\n高新区将瞄准电子信息产业，新设百亿产业基金。',
    );
    expect(of('SETS_TARGET')).toEqual([expect.stringMatching(/^高新区“双招双引”10条措施 → /)]);
  });

  it('a document spoken of in one city’s section (合肥：…) sets no target in the next (南昌：…)', () => {
    const of = relations(
      '合肥：数字经济总量超4000亿元\n合肥推出了《合肥市数字经济发展规划》，提出到2025年占比达50%以上。\n南昌：到2023年数字产业营收突破1000亿元\n南昌市将继续努力。',
    );
    expect(of('SETS_TARGET')).toEqual([expect.stringMatching(/^合肥市数字经济发展规划 → /)]);
  });
});
