// The furniture that archived WeChat (and similar) articles carry around the text: the byline
// block under the title (原创, 作者 | …, the author's names, the account's id and name), the title
// repeated, prompts to follow or share, and the back matter from 推荐阅读 or the page's own chrome
// (预览时标签不可点, 微信扫一扫…) on. None of it is the article. A saved page whose text did not
// load holds nothing else, and is then refused as holding no article.

import type { FrontMatter } from './front-matter.ts';
import { isHeading, plainInline, stripBlockMarker } from './markdown.ts';

/** The Markdown without WeChat furniture; `meta` names the account and author the byline shows. */
export function dropWeChatFurniture(markdown: string, meta: FrontMatter): string {
  const lines = markdown.split(/\r?\n/);
  const end = backMatterStart(lines.map(plain));
  const kept = end < 0 ? lines : lines.slice(0, end);
  const byline = new Set([meta.source, meta.author].filter(Boolean).map((name) => plain(name ?? '')));
  const headings = new Set<string>();
  let head = true;
  let afterId = false;
  const keep = (line: string): boolean => {
    const text = plain(line);
    if (text === '') return true;
    if (PROMPT.test(text)) return false;
    const accountName = afterId && !isHeading(line) && text.length <= 30 && !/[。！？]/.test(text);
    afterId = head && ACCOUNT_ID.test(text);
    if (!head) return true;
    if (/[。！？]/.test(text) || text.length > 80) head = false;
    else if (isHeading(line)) return !headings.has(text) && Boolean(headings.add(text));
    else if (afterId || accountName || text === '原创' || byline.has(text) || BYLINE.test(text)) return false;
    return true;
  };
  return kept.filter(keep).join('\n');
}

/** Where the article ends: the account's list of other posts, or the chrome of the WeChat page. */
function backMatterStart(texts: string[]): number {
  return texts.findIndex(
    (text, i) => BACK_MATTER.test(text) || (text === '视频' && texts.slice(i + 1).find(Boolean) === '小程序'),
  );
}

const BACK_MATTER =
  /^(?:推荐阅读|往期推荐|往期回顾|往期精选|往期精彩|相关阅读|精彩推荐|历史文章|更多精彩|热文推荐|[-—–\s]*END[-—–\s]*|预览时标签不可点|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|微信扫一扫(?:可打开此内容.*)?)$/i;

/** Prompts to follow, scan, like or share, and punctuation left alone: a line of nothing else. */
const PROMPT =
  /^(?:(?:点击|长按|扫码|扫描|识别).{0,20}(?:关注|蓝字|二维码|订阅|公众号|星标).{0,20}|(?:分享|收藏|点赞|在看|赞赏|转发|阅读原文|写留言|留言)(?:[\s|｜·、]+(?:分享|收藏|点赞|在看|赞赏|转发|阅读原文|写留言|留言))*|(?:微信号|公众号|微信公众号)\s*[:：].*|[\p{P}\s]+)$/u;

/** An account's Latin id under the title (CISRC, NERCIS); the account's name follows it. */
const ACCOUNT_ID = /^[A-Za-z][A-Za-z0-9_\-.]{1,23}$/;

/** 作者 | 王明, 文丨李华, and a line of names alone (张奕欣 王磊 王秀文) under the title. */
const BYLINE =
  /^(?:作者|文|图|撰文|编辑|责编|责任编辑|审核|出品|编者)\s*[|｜丨:：/]\s*\S.{0,40}$|^(?:\p{Script=Han}{2,4}[ 、，,]+)+\p{Script=Han}{2,4}$/u;

function plain(line: string): string {
  return plainInline(stripBlockMarker(line));
}
