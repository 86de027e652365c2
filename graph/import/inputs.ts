// Read → extract, one file at a time: the articles of a file are extracted together (so names are
// resolved across them) and handed on, and the next file is read only when they have been taken.

import { isZhengtuError } from '../../core/errors.ts';
import { extractAll } from '../../importers/extract/index.ts';
import { readInputs } from '../../importers/read.ts';
import type { ImportItem } from './index.ts';

export async function* extractedInputs(paths: string[]): AsyncGenerator<ImportItem> {
  for await (const result of readInputs(paths)) {
    if ('error' in result) {
      const { message, hint } = result.error;
      yield { failure: { file: result.file, reason: hint ? `${message} (${hint})` : message } };
      continue;
    }
    let extracted: ReturnType<typeof extractAll>;
    try {
      extracted = extractAll(result.articles);
    } catch (error) {
      if (!isZhengtuError(error) && !(error instanceof Error)) throw error;
      yield { failure: { file: result.file, reason: `extraction failed: ${error.message}` } };
      continue;
    }
    for (const article of extracted) yield { article };
  }
}
