// The extraction pool: worker threads (piscina) that each extract one input's articles at a time,
// so that extraction takes every core the machine can spare while the main thread reads and writes.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { Article, ExtractedArticle } from '../core/model.ts';

/** The machine's cores less one for Neo4j, at least one. */
export const DEFAULT_WORKERS = Math.max(1, availableParallelism() - 1);

export type ExtractionPool = Piscina<Article[], ExtractedArticle[]>;

export function extractionPool(workers: number): ExtractionPool {
  // Node 20 cannot strip types, so each worker loads the sources through tsx as bin/zhengtu.js does;
  // tsx is named by its path so that the worker finds it whatever the working directory.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return new Piscina({
    filename: new URL('./extract-worker.ts', import.meta.url).href,
    execArgv: ['--import', tsx],
    minThreads: workers,
    maxThreads: workers,
  });
}
