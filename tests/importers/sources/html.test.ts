import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../../../importers/read.ts';
import { readHtml } from '../../../importers/sources/html.ts';

const page = (file: string) => readBytes(readFileSync(`tests/fixtures/sources/${file}`), file).articles[0];

describe('the web page source', () => {
  it('reads a gov.cn page: title, date, source and address from its meta tags', () => {
    expect(page('gov-utf8.html')).toMatchObject({
      title: '中共中央办公厅 国务院办公厅关于加快公共数据资源开发利用的意见',
      date: '2024-10-09',
      source: '新华社',
      url: 'https://www.gov.cn/zhengce/202410/content_6979233.htm',
    });
  });

  it('keeps the body paragraphs and drops navigation, share buttons, related links and footer', () => {
    const text = page('gov-utf8.html')?.text ?? '';
    expect(text.split('\n')).toContain('一、总体要求');
    expect(text).toContain('到2030年，公共数据资源开发利用制度规则更加成熟。');
    expect(text).not.toMatch(/首页|纠错|责任编辑|相关稿件|答记者问|主办单位/);
  });

  it('decodes a GBK page by its <meta charset> and reads the title, 发文机关 and 发布时间', () => {
    expect(page('gov-gbk.html')).toMatchObject({
      title: '浙江省人民政府办公厅关于印发浙江省数字政府建设“十四五”规划的通知',
      source: '浙江省人民政府办公厅',
      date: '2021-07-01',
    });
    expect(page('gov-gbk.html')?.text).toContain('“浙里办”注册用户超过8000万。');
  });

  it('takes the title from <title> without the site name when nothing better is given', () => {
    const html =
      '<html><head><title>数据要素市场建设取得新进展_国家数据局</title></head><body><div><p>正文。</p></div></body></html>';
    expect(readHtml(html, 'p.html')[0]?.title).toBe('数据要素市场建设取得新进展');
  });

  it('keeps lines that a page separates with <br> as paragraphs', () => {
    const html =
      '<html><body><h1>甲市数据条例</h1><div class="text">第一条 为了规范数据处理。<br>第二条 本条例适用于本市。<br/></div></body></html>';
    expect(readHtml(html, 'p.html')[0]?.text).toBe('第一条 为了规范数据处理。\n第二条 本条例适用于本市。');
  });
});
