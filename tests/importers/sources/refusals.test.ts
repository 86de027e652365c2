import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isZhengtuError } from '../../../core/errors.ts';
import { readText } from '../../../importers/sources/index.ts';

/** The message and hint a file is refused with. */
function refusal(text: string, file: string): { message: string; hint?: string } {
  try {
    readText(text, file);
  } catch (error) {
    if (isZhengtuError(error, 'BAD_INPUT')) return { message: error.message, hint: error.hint };
    throw error;
  }
  throw new Error(`${file} was read, not refused`);
}

const CLOUDFLARE = `<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title></head>
<body><div class="main-wrapper"><h1>www.example.gov.cn</h1><p>Enable JavaScript and cookies to continue</p></div></body></html>`;

describe('refusing files that hold no article', () => {
  it('refuses a saved anti-bot check by name, with what to do instead', () => {
    const { message, hint } = refusal(CLOUDFLARE, 'page.html');
    expect(message).toBe(
      'cannot read page.html: it is an anti-bot check or login page ("Just a moment"), not the article',
    );
    expect(hint).toMatch(/open the address in a browser/);
  });

  it('refuses the Chinese interstitials too: 请稍候…, a login wall, WeChat’s 环境异常 check', () => {
    const waiting = '<html><head><title>请稍候…</title></head><body><p>正在进行安全验证</p></body></html>';
    const login = '<html><body><h1>政务服务网</h1><p>请先登录后查看全文。</p></body></html>';
    const wechat = '环境异常\n\n当前环境异常，完成验证后即可继续访问。\n\n去验证';
    expect(refusal(waiting, 'a.html').message).toMatch(/a\.html: it is an anti-bot check or login page/);
    expect(refusal(login, 'b.html').message).toMatch(/b\.html: it is an anti-bot check or login page/);
    expect(refusal(wechat, 'c.md').message).toMatch(/c\.md: it is an anti-bot check or login page/);
  });

  it('reads an article that mentions 登录 or 验证: an interstitial has no paragraphs', () => {
    const file = 'tests/fixtures/realdev/b01.html';
    const page = readFileSync(file, 'utf8').replace(
      '</p>',
      '</p><p>群众可登录后查看办理进度，完成验证后即可提交。</p>',
    );
    expect(readText(page, file).articles).toHaveLength(1);
  });

  it('refuses a page with no article text: its furniture is not an article', () => {
    const { message, hint } = refusal(
      '<html><body><nav>首页 | 政务公开 | 办事服务</nav><footer>版权所有</footer></body></html>',
      'index.html',
    );
    expect(message).toBe('cannot read index.html: no article text found on the page (read as html)');
    expect(hint).toMatch(/not an index, search or list page/);
  });

  it('refuses a file with no Chinese prose', () => {
    const english =
      '# Data Bureau issues guideline\n\nThe National Data Administration (国家数据局) issued a guideline.';
    expect(refusal(english, 'en.md').message).toBe(
      'cannot read en.md: it holds no Chinese prose (read as article)',
    );
  });

  it('refuses a saved WeChat page whose text did not load: only the page’s chrome is left', () => {
    const unloaded =
      '---\ntitle: 国际网安快讯（第19期）\ndate: 2024-07-16\n---\n\n# 国际网安快讯（第19期）\n\n：\n，\n。\n\n视频\n小程序\n赞\n，轻点两下取消赞\n在看\n，轻点两下取消在看';
    expect(refusal(unloaded, 'unloaded.md').message).toBe(
      'cannot read unloaded.md: no article with a title and text found (read as article)',
    );
  });
});
