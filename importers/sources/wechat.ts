// The furniture that archived WeChat (and similar) articles carry around the text: the byline
// block under the title (原创, the author, the account's id and name), the title repeated,
// prompts to follow or share, and the back matter from 推荐阅读 on. None of it is the article.

import type { FrontMatter } from './front-matter.ts';
import { isHeading, plainInline, stripBlockMarker } from './markdown.ts';

/** The Markdown without WeChat furniture; `meta` names the account and author the byline shows. */
export function dropWeChatFurniture(markdown: string, meta: FrontMatter): string {
  const lines = markdown.split(/\r?\n/);
  const end = lines.findIndex((line) => BACK_MATTER.test(plain(line)));
  const kept = end < 0 ? lines : lines.slice(0, end);
  const byline = new Set([meta.source, meta.author].filter(Boolean).map((name) => plain(name ?? '')));
  const headings = new Set<string>();
  let head = true;
  return kept
    .filter((line) => {
      const text = plain(line);
      if (text === '') return true;
      if (PROMPT.test(text)) return false;
      if (!head) return true;
      if (/[。！？]/.test(text) || text.length > 80) head = false;
      else if (isHeading(line) && headings.has(text)) return false;
      else if (isHeading(line)) headings.add(text);
      else if (text === '原创' || byline.has(text) || ACCOUNT_ID.test(text)) return false;
      return true;
    })
    .join('\n');
}

/** Where the article ends and the account's list of other posts begins. */
const BACK_MATTER =
  /^(?:推荐阅读|往期推荐|往期回顾|往期精选|往期精彩|相关阅读|精彩推荐|历史文章|更多精彩|热文推荐|[-—–\s]*END[-—–\s]*)$/i;

/** Prompts to follow, scan, like or share: a line of nothing else. */
const PROMPT =
  /^(?:(?:点击|长按|扫码|扫描|识别).{0,20}(?:关注|蓝字|二维码|订阅|公众号|星标).{0,20}|(?:分享|收藏|点赞|在看|赞赏|转发|阅读原文|写留言|留言)(?:[\s|｜·、]+(?:分享|收藏|点赞|在看|赞赏|转发|阅读原文|写留言|留言))*|(?:微信号|公众号|微信公众号)\s*[:：].*)$/;

/** An account's Latin id under the title (CISRC, NERCIS): a short line of capitals and digits. */
const ACCOUNT_ID = /^[A-Za-z][A-Za-z0-9_\-.]{1,23}$/;

function plain(line: string): string {
  return plainInline(stripBlockMarker(line));
}
