// YAML front matter, as archivers of WeChat and web articles write it above the Markdown:
// `---` (blog generators may leave blank lines above it), then title, url, source (or account),
// date and author, then `---`.

import { parse } from 'yaml';
import { isoDate } from './fields.ts';

export interface FrontMatter {
  title?: string;
  url?: string;
  source?: string;
  date?: string;
  author?: string;
}

/** The front matter's fields and the text after it; no front matter gives no fields, the text whole. */
export function splitFrontMatter(text: string): { meta: FrontMatter; body: string } {
  const match = /^\uFEFF?(?:[ \t]*\r?\n)*---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  const fields = match ? parsed(match[1] ?? '') : undefined;
  if (!match || !fields) return { meta: {}, body: text };
  const field = (...names: string[]) => names.map((name) => stringOf(fields[name])).find(Boolean);
  const date = field('date', 'published', 'pubdate', 'publish_date');
  const url = field('url', 'link', 'source_url', 'original_url');
  return {
    meta: {
      title: field('title'),
      url: url && /^https?:\/\//.test(url) ? url : undefined,
      source: field('source', 'account', 'publisher', 'site'),
      date: date ? (isoDate(date) ?? mailDate(date)) : undefined,
      author: field('author', 'byline'),
    },
    body: text.slice(match[0].length),
  };
}

function parsed(yaml: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = parse(yaml);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined; // a rule of dashes that opens an ordinary text, not front matter
  }
}

/** A date as feeds and blog generators write it (RFC 2822: `Wed, 27 Jul 2022 06:06:02 GMT`), as ISO. */
function mailDate(text: string): string | undefined {
  if (!/^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4}/.test(text)) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

function stringOf(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  return text === '' ? undefined : text;
}
