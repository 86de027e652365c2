// Read → extract, one file at a time: the articles of a file are extracted together (so names are
// resolved across them) and handed on, and the next file is read only when they have been taken.

import { isZhengtuError } from '../core/errors.ts';
import type { Article } from '../core/model.ts';
import type { ImportItem } from '../graph/import/index.ts';
import { extractAll } from '../importers/extract/index.ts';
import { type ReadOptions, readInputs } from '../importers/read.ts';

/** What an import reads: files and directories (`-` for stdin), or articles already in hand. */
export type ImportInputs = { paths: string[]; read?: ReadOptions } | { articles: Article[] };

export async function* extractedInputs(inputs: ImportInputs): AsyncGenerator<ImportItem> {
  if ('articles' in inputs) {
    yield* extractFile(inputs.articles[0]?.file ?? '', inputs.articles);
    return;
  }
  for await (const result of readInputs(inputs.paths, inputs.read)) {
    if ('error' in result) {
      const { message, hint } = result.error;
      yield { failure: { file: result.file, reason: hint ? `${message} (${hint})` : message } };
    } else yield* extractFile(result.file, result.articles);
  }
}

function* extractFile(file: string, articles: Article[]): Generator<ImportItem> {
  let extracted: ReturnType<typeof extractAll>;
  try {
    extracted = extractAll(articles);
  } catch (error) {
    if (!isZhengtuError(error) && !(error instanceof Error)) throw error;
    yield { failure: { file, reason: `extraction failed: ${error.message}` } };
    return;
  }
  for (const article of extracted) yield { article };
}
