// Read → extract, a file at a time: the articles of a file are extracted together (so names are
// resolved across them) and handed on in input order. With one worker extraction runs on this
// thread and the next file is read only when the previous one's articles have been taken; with
// more, a pool extracts up to two files per worker ahead of the writer, and no further, so memory
// stays flat however many files come.

import type { Article, ExtractedArticle } from '../core/model.ts';
import type { ImportItem } from '../graph/import/index.ts';
import { extractAll } from '../importers/extract/index.ts';
import { type ReadOptions, type ReadResult, readInputs } from '../importers/read.ts';
import { extractionPool } from './pool.ts';

/** What an import reads: files and directories (`-` for stdin), or articles already in hand. */
export type ImportInputs = { paths: string[]; read?: ReadOptions } | { articles: Article[] };

export interface ExtractOptions {
  /**
   * Threads that extract, a file each at a time. 1 (the default) extracts on the calling thread:
   * all that one file wants (the API's articles, the sample `zhengtu start` imports), since a pool
   * would add only the start-up of its threads.
   */
  workers?: number;
}

type Input = ReadResult | { file: string; articles: Article[] };
type Extractor = (articles: Article[]) => Promise<ExtractedArticle[]>;

export async function* extractedInputs(
  inputs: ImportInputs,
  { workers = 1 }: ExtractOptions = {},
): AsyncGenerator<ImportItem> {
  const pool = workers > 1 ? extractionPool(workers) : undefined;
  const extract: Extractor = pool
    ? (articles) => pool.run(articles)
    : async (articles) => extractAll(articles);
  const files = inOrder(readFiles(inputs), (file) => extractFile(file, extract), pool ? 2 * workers : 1);
  try {
    for await (const items of files) yield* items;
  } finally {
    await pool?.destroy();
  }
}

async function* readFiles(inputs: ImportInputs): AsyncGenerator<Input> {
  if ('articles' in inputs) yield { file: inputs.articles[0]?.file ?? '', articles: inputs.articles };
  else yield* readInputs(inputs.paths, inputs.read);
}

/** A file's extracted articles, or its refusal: a failure in extraction (or of a worker) is the file's alone. */
async function extractFile(result: Input, extract: Extractor): Promise<ImportItem[]> {
  if ('error' in result) {
    const { message, hint } = result.error;
    return [{ failure: { file: result.file, reason: hint ? `${message} (${hint})` : message } }];
  }
  try {
    return (await extract(result.articles)).map((article) => ({ article }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [{ failure: { file: result.file, reason: `extraction failed: ${reason}` } }];
  }
}

/** `work` on up to `window` items of `source` at once, the results yielded in the source's order. */
async function* inOrder<T, R>(source: AsyncIterable<T>, work: (item: T) => Promise<R>, window: number) {
  const iterator = source[Symbol.asyncIterator]();
  const running: Promise<R>[] = [];
  let read = false;
  try {
    for (;;) {
      while (!read && running.length < window) {
        const next = await iterator.next();
        if (next.done) read = true;
        else running.push(work(next.value));
      }
      const head = running.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    await iterator.return?.();
  }
}
