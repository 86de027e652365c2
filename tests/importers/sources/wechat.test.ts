import { describe, expect, it } from 'vitest';
import { dropWeChatFurniture } from '../../../importers/sources/wechat.ts';

const meta = { title: '关键基础设施安全资讯周报', source: '关键基础设施安全应急响应中心' };

describe('WeChat furniture', () => {
  it('drops the byline under the title: 原创, the account’s id and name, the title repeated', () => {
    const markdown = [
      '# 关键基础设施安全资讯周报',
      '# 关键基础设施安全资讯周报',
      '原创',
      'CISRC',
      '关键基础设施安全应急响应中心',
      '目录',
      '国家数据局发布数据产业图谱。',
      '关键基础设施安全应急响应中心发布年度报告。',
    ].join('\n');
    expect(dropWeChatFurniture(markdown, meta).split('\n')).toEqual([
      '# 关键基础设施安全资讯周报',
      '目录',
      '国家数据局发布数据产业图谱。',
      '关键基础设施安全应急响应中心发布年度报告。',
    ]);
  });

  it('drops prompts to follow and share, and everything from 推荐阅读 on', () => {
    const markdown = [
      '点击上方蓝字关注我们',
      '国家数据局发布数据产业图谱。',
      '分享 | 点赞 | 在看',
      '推荐阅读',
      '[往期：数据要素周报第11期](https://mp.weixin.qq.com/s/x)',
    ].join('\n');
    expect(dropWeChatFurniture(markdown, meta)).toBe('国家数据局发布数据产业图谱。');
  });
});
