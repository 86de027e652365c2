// Runs score.mjs (the scorer of the hidden set, as it is) on read → extract → format of some files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../../core/model.ts';
import { extractAll } from '../../../importers/extract/index.ts';
import { type AnnotationFile, toAnnotation } from '../../../importers/format.ts';
import { readInputs } from '../../../importers/read.ts';

type Figures = { precision: number; recall: number; f1: number };

export interface Score {
  entities: Record<string, Figures>;
  relations: Record<string, Figures>;
  overall: Record<'entities' | 'relations' | 'titles', Figures>;
}

/** The score of the extraction of `paths` against gold annotations (one file's shape, all articles). */
export async function scoreExtraction(
  paths: string[],
  gold: Pick<AnnotationFile, 'articles'>,
): Promise<Score> {
  const articles: Article[] = [];
  for await (const r of readInputs(paths)) if (!('error' in r)) articles.push(...r.articles);
  const dir = mkdtempSync(join(tmpdir(), 'zhengtu-'));
  const predicted = join(dir, 'predicted.json');
  const expected = join(dir, 'gold.json');
  writeFileSync(predicted, JSON.stringify(toAnnotation(extractAll(articles))));
  writeFileSync(expected, JSON.stringify(gold));
  const out = execFileSync('node', ['tests/fixtures/score.mjs', expected, predicted, '--json'], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as Score;
}
