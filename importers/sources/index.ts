// Which source reads a file: by extension when it names one, else by content. Every source turns
// text into articles with a non-empty title and text and the file set (the contract tests say so).

import type { Article } from '../../core/model.ts';
import { readArticle } from './article.ts';
import { looksLikeHtml, pageText, readHtml } from './html.ts';
import { looksLikeJson, readRecords } from './ndjson.ts';
import { looksLikeNewsletter, readNewsletter } from './newsletter.ts';
import { refuseInterstitial, refuseWithoutProse } from './refusals.ts';

export const SOURCE_KINDS = ['json', 'html', 'newsletter', 'article'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

const READERS: Record<SourceKind, (text: string, file: string) => Article[]> = {
  json: readRecords,
  html: readHtml,
  newsletter: readNewsletter,
  article: readArticle,
};

const BY_EXTENSION: Record<string, SourceKind> = {
  json: 'json',
  ndjson: 'json',
  jsonl: 'json',
  html: 'html',
  htm: 'html',
  shtml: 'html',
  xhtml: 'html',
};

/** File extensions a directory walk reads; an explicitly named file is read whatever its name. */
export const TEXT_EXTENSIONS = [...Object.keys(BY_EXTENSION), 'md', 'markdown', 'txt', 'text'];

export function sourceKind(file: string, text: string): SourceKind {
  const byName = BY_EXTENSION[/\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? ''];
  if (byName) return byName;
  if (looksLikeHtml(text)) return 'html';
  if (looksLikeJson(text)) return 'json';
  return looksLikeNewsletter(text) ? 'newsletter' : 'article';
}

/**
 * The articles in a decoded file, or BAD_INPUT when it holds none that can be used: an anti-bot
 * or login page, no article, no Chinese prose.
 */
export function readText(text: string, file: string): { kind: SourceKind; articles: Article[] } {
  const kind = sourceKind(file, text);
  if (kind === 'html') refuseInterstitial(Object.values(pageText(text)).join('\n'), file);
  else if (kind !== 'json') refuseInterstitial(text, file);
  const articles = READERS[kind](text, file).filter((article) => article.title !== '' && article.text !== '');
  refuseWithoutProse(articles, file, kind);
  return { kind, articles };
}
