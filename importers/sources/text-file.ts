// Markdown and text files as they are archived: YAML front matter, the `# title / 来源 / 日期 /
// 原文链接` header, WeChat furniture. What follows is read as a newsletter issue when its contents
// and closings split it, else as a digest when its items are marked, else as one article: a file
// of Chinese text is never refused for having no item structure.

import type { Article } from '../../core/model.ts';
import { readArticle, readHeader } from './article.ts';
import { readDigest } from './digest.ts';
import { splitFrontMatter } from './front-matter.ts';
import { markdownOfHtml } from './html.ts';
import { looksLikeNewsletter, readNewsletter } from './newsletter.ts';
import { dropWeChatFurniture } from './wechat.ts';

export function readTextFile(
  text: string,
  file: string,
): { kind: 'newsletter' | 'digest' | 'article'; articles: Article[] } {
  const { meta, body } = splitFrontMatter(text);
  const markdown = dropWeChatFurniture(markdownOfHtml(body), meta);
  if (looksLikeNewsletter(markdown)) {
    const articles = readNewsletter(markdown, file);
    if (articles.length > 0) return { kind: 'newsletter', articles };
  }
  const { header, body: lines } = readHeader(markdown.split(/\r?\n/), meta);
  const items = readDigest(lines.join('\n'), header, file);
  if (items) return { kind: 'digest', articles: items };
  return { kind: 'article', articles: readArticle(markdown, file, meta) };
}
