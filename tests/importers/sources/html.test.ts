import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../../../importers/read.ts';
import { markdownOfHtml, readHtml } from '../../../importers/sources/html.ts';

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

  it('reads a raw provincial portal page: the article only, none of the portal around it', () => {
    const shanxi = readBytes(readFileSync('tests/fixtures/realdev/b01.html'), 'b01.html').articles;
    expect(shanxi).toHaveLength(1);
    expect(shanxi[0]).toMatchObject({
      title: '山西品牌丝路行（南美站）正式启动',
      date: '2019-09-18',
      source: '山西日报',
    });
    const text = shanxi[0]?.text ?? '';
    expect(text).toMatch(/^图为山西品牌丝路行（南美站）启动仪式。/);
    expect(text).toMatch(/南美站活动将先后在巴西、乌拉圭、阿根廷举行。（张巨峰）$/);
    expect(text).not.toMatch(/省发展和改革委员会|省教育厅|网站地图|联系我们|扫一扫|版权所有|晋ICP/);
  });

  it('reads the header table of a document page into fields and leaves it out of the text', () => {
    const text = page('gov-gbk.html')?.text ?? '';
    expect(text.split('\n')[0]).toBe('各市、县（市、区）人民政府，省政府直属各单位：');
    expect(text).not.toMatch(/索引号|发文字号|成文日期|信息来源/);
  });

  it('names the attached documents (附件) after the text', () => {
    const html = `<html><head><title>甲市数据条例_甲市人民政府</title></head><body><div class="content">
      <p>${'甲市人民代表大会常务委员会通过《甲市数据条例》，自2025年3月1日起施行。'.repeat(3)}</p>
      <p>附件：<a href="/att/tiaoli.pdf">甲市数据条例.pdf</a></p></div>
      <ul class="links"><li><a href="/att/shuoming.docx">附件2：关于《甲市数据条例》的说明</a></li></ul></body></html>`;
    expect(readHtml(html, 'p.html')[0]?.text.split('\n').at(-1)).toBe('附件：关于《甲市数据条例》的说明');
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

  it('reads a section cut from a page (no <html> or <body>), titled by the heading line it opens with', () => {
    const section = `<p style="text-align: center;">甲县政务服务体系</p>
<p class="MsoNormal"><span>甲县政务大厅进驻部门<span lang="EN-US">34</span>个，实现&ldquo;最多跑一次&rdquo;项目1293项。</span></p>
<p class="MsoNormal"><span>甲县为企业提供&ldquo;帮代办&rdquo;服务，推进联席会议等创新机制。</span></p>`;
    expect(readHtml(section, 'p.html')[0]).toMatchObject({
      title: '甲县政务服务体系',
      text: '甲县政务大厅进驻部门34个，实现“最多跑一次”项目1293项。\n甲县为企业提供“帮代办”服务，推进联席会议等创新机制。',
    });
  });

  it('takes the title from a header table’s 标题 and drops it from the text, even set on several lines', () => {
    const html = `<div><table><tr><td><b>索 引 号：</b></td><td>000014349/2025-00001</td></tr>
<tr><td><b>标　　题：</b></td><td>甲省人民政府关于调整实施《甲省数据条例》有关规定的决定</td></tr></table>
<div id="content"><p><b>甲省人民政府关于调整实施</b></p><p><b>《甲省数据条例》有关规定的决定</b></p>
<p>${'甲省人民政府决定在乙市暂时调整实施《甲省数据条例》第三条的规定。'.repeat(3)}</p></div></div>`;
    const [article] = readHtml(html, 'p.html');
    expect(article?.title).toBe('甲省人民政府关于调整实施《甲省数据条例》有关规定的决定');
    expect(article?.text).toMatch(/^甲省人民政府决定在乙市/);
    expect(article?.text).not.toMatch(/索引号|标题|有关规定的决定$/m);
  });

  it('keeps lines that a page separates with <br> as paragraphs', () => {
    const html =
      '<html><body><h1>甲市数据条例</h1><div class="text">第一条 为了规范数据处理。<br>第二条 本条例适用于本市。<br/></div></body></html>';
    expect(readHtml(html, 'p.html')[0]?.text).toBe('第一条 为了规范数据处理。\n第二条 本条例适用于本市。');
  });

  it('reads the HTML inside Markdown as text: a line per block, no tags, comments or styles, entities decoded', () => {
    const post = `# 甲省召开数字经济大会
<div>
<p>　　甲省工信厅&ldquo;数字经济&rdquo;大会召开。</p><!-- 正文下 -->
<style>.qr&#123;float:left;&#125;</style>
<p>详见<https://www.example.gov.cn/a.html>。</p>
</div>`;
    expect(markdownOfHtml(post).split('\n').filter(Boolean)).toEqual([
      '# 甲省召开数字经济大会',
      '甲省工信厅“数字经济”大会召开。',
      '详见https://www.example.gov.cn/a.html。',
    ]);
  });
});
