// Files that hold no article although they look like one: a saved anti-bot or login interstitial,
// a page without article text, a file without Chinese prose. Each is refused by name with the
// reason and what to do, so nothing of it is stored and the other files of a run go on.

import { ZhengtuError } from '../../core/errors.ts';
import type { Article } from '../../core/model.ts';

/**
 * What anti-bot checks and login walls say instead of the article (Cloudflare, WAFs, WeChat's
 * 环境异常 check, sites that show the text only after logging in).
 */
const INTERSTITIAL =
  /just a moment|enable javascript and cookies|checking (?:your browser|if the site connection is secure)|verify you are (?:a )?human|attention required|请稍候|请稍后[….]|正在(?:进行)?(?:安全)?(?:验证|检查)|安全验证|人机验证|访问验证|滑动验证|拖动(?:下方)?滑块|(?:请|需要)(?:开启|启用)\s*javascript|环境异常|完成验证后|请先登录|登录后(?:查看|阅读|继续)|扫码登录|(?:请|您需要)登录(?:后|以)/i;

/** An interstitial says a line or two: an article that mentions 登录 or 验证 has paragraphs this long. */
const PARAGRAPH_CHARS = 100;

/** Refuses a saved interstitial, given the lines a reader sees on it (title and body). */
export function refuseInterstitial(seen: string, file: string): void {
  const said = INTERSTITIAL.exec(seen)?.[0];
  if (!said || seen.split('\n').some((line) => line.trim().length >= PARAGRAPH_CHARS)) return;
  throw new ZhengtuError(
    'BAD_INPUT',
    `cannot read ${file}: it is an anti-bot check or login page ("${said}"), not the article`,
    {
      hint: 'open the address in a browser, wait until the article shows (log in if asked), then save it again',
    },
  );
}

/** Refuses a file whose articles are empty or hold no Chinese prose. */
export function refuseWithoutProse(articles: Article[], file: string, kind: string): void {
  if (articles.length === 0) {
    const what =
      kind === 'html' ? 'no article text found on the page' : 'no article with a title and text found';
    throw new ZhengtuError('BAD_INPUT', `cannot read ${file}: ${what} (read as ${kind})`, {
      hint:
        kind === 'html'
          ? "save the article's own page, not an index, search or list page"
          : 'check that the file is a newsletter issue, an article, a saved web page or JSON records',
    });
  }
  if (!articles.some((article) => CHINESE_PROSE.test(article.text))) {
    throw new ZhengtuError('BAD_INPUT', `cannot read ${file}: it holds no Chinese prose (read as ${kind})`, {
      hint: 'Zhengtu reads Chinese policy news: give the Chinese text of the article',
    });
  }
}

/** A phrase of Chinese: six Han characters in a row, which no name in a Latin text makes up. */
const CHINESE_PROSE = /\p{Script=Han}{6}/u;
