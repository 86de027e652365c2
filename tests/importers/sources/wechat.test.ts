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

  it('drops the byline forms 作者 | …, a line of names, and an account name after the account id', () => {
    const markdown = [
      'CISRC',
      '某某技术国家工程中心',
      '作者 | 某某研究中心',
      '张奕欣 王磊 王秀文',
      '正文第一句。',
    ].join('\n');
    expect(dropWeChatFurniture(markdown, meta)).toBe('正文第一句。');
  });

  it('ends the article where the page’s own chrome begins (预览时标签不可点, 微信扫一扫, 视频 小程序 赞)', () => {
    const chrome = [
      '国家数据局发布数据产业图谱。',
      '预览时标签不可点',
      '阅读原文',
      '微信扫一扫',
      '关注该公众号',
    ];
    const unloaded = [
      '：',
      '，',
      '。',
      '视频',
      '小程序',
      '赞',
      '，轻点两下取消赞',
      '在看',
      '，轻点两下取消在看',
    ];
    expect(dropWeChatFurniture(chrome.join('\n'), meta)).toBe('国家数据局发布数据产业图谱。');
    expect(dropWeChatFurniture(unloaded.join('\n'), meta).trim()).toBe('');
  });
});
