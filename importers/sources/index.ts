// Which source reads a file: by extension when it names one, else by content. Every source turns
// text into articles with a non-empty title and text and the file set (the contract tests say so).

import type { Article } from '../../core/model.ts';
import { looksLikeHtml, pageText, readHtml } from './html.ts';
import { looksLikeJson, readRecords } from './ndjson.ts';
import { refuseInterstitial, refuseWithoutProse } from './refusals.ts';
import { readTextFile } from './text-file.ts';

export const SOURCE_KINDS = ['json', 'html', 'newsletter', 'digest', 'article'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The reader of a file: JSON records, a web page, or Markdown and text (an issue, a digest or an article). */
type Reader = 'json' | 'html' | 'text';

const BY_EXTENSION: Record<string, Reader> = {
  json: 'json',
  ndjson: 'json',
  jsonl: 'json',
  html: 'html',
  htm: 'html',
  shtml: 'html',
  xhtml: 'html',
};

const READERS = { json: readRecords, html: readHtml };

/** File extensions a directory walk reads; an explicitly named file is read whatever its name. */
export const TEXT_EXTENSIONS = [...Object.keys(BY_EXTENSION), 'md', 'markdown', 'txt', 'text'];

export function readerOf(file: string, text: string): Reader {
  const byName = BY_EXTENSION[/\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? ''];
  if (byName) return byName;
  if (looksLikeHtml(text)) return 'html';
  return looksLikeJson(text) ? 'json' : 'text';
}

/**
 * The articles in a decoded file, or BAD_INPUT when it holds none that can be used: an anti-bot
 * or login page, no article, no Chinese prose.
 */
export function readText(text: string, file: string): { kind: SourceKind; articles: Article[] } {
  const reader = readerOf(file, text);
  if (reader !== 'json')
    refuseInterstitial(reader === 'html' ? Object.values(pageText(text)).join('\n') : text, file);
  const read =
    reader === 'text' ? readTextFile(text, file) : { kind: reader, articles: READERS[reader](text, file) };
  const articles = read.articles.filter((article) => article.title !== '' && article.text !== '');
  refuseWithoutProse(articles, file, read.kind);
  return { kind: read.kind, articles };
}
