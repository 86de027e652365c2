// Records of articles as JSON: NDJSON (one object a line), a JSON array, a single object, or an
// object with an `articles` array. Each record is {title, body, date?, source?, url?}.

import { ZhengtuError } from '../../core/errors.ts';
import type { Article } from '../../core/model.ts';
import { isoDate } from './fields.ts';
import { articleText, collapseSpaces } from './markdown.ts';

export function readRecords(text: string, file: string): Article[] {
  return parseRecords(text.trim(), file).map(({ record, where }) =>
    toArticle(record, `${file} ${where}`, file),
  );
}

/** Whether the text is JSON: it opens with an object or an array. */
export function looksLikeJson(text: string): boolean {
  return /^\s*[[{]/.test(text);
}

interface Located {
  record: unknown;
  /** Where the record is, for error messages: "line 3" or "record 3" */
  where: string;
}

function parseRecords(text: string, file: string): Located[] {
  const whole = tryParse(text);
  if (whole.ok) {
    const list =
      isObject(whole.value) && Array.isArray(whole.value.articles) ? whole.value.articles : whole.value;
    return (Array.isArray(list) ? list : [list]).map((record, i) => ({ record, where: `record ${i + 1}` }));
  }
  if (text.startsWith('[')) throw bad(file, `it is not valid JSON (${whole.error})`);
  return text.split(/\r?\n/).flatMap((line, i) => {
    if (line.trim() === '') return [];
    const parsed = tryParse(line);
    if (!parsed.ok) throw bad(`${file} line ${i + 1}`, `it is not a JSON object (${parsed.error})`);
    return [{ record: parsed.value, where: `line ${i + 1}` }];
  });
}

function toArticle(record: unknown, where: string, file: string): Article {
  if (!isObject(record)) throw bad(where, 'the record is not an object');
  const title = text(record.title);
  const body = text(record.body) ?? text(record.text) ?? text(record.content);
  if (!title) throw bad(where, 'the record has no "title"');
  if (!body) throw bad(where, 'the record has no "body"');
  const date = text(record.date);
  return {
    title: collapseSpaces(title),
    text: articleText(body),
    source: text(record.source),
    url: text(record.url),
    date: date ? isoDate(date) : undefined,
    file,
  };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

function bad(where: string, reason: string): ZhengtuError {
  return new ZhengtuError('BAD_INPUT', `cannot read ${where}: ${reason}`, {
    hint: 'each record needs {"title", "body"} and may have "date", "source", "url"',
  });
}
