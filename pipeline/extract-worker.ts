// A worker thread of the extraction pool (pipeline/pool.ts): one task is one input's articles,
// extracted together so that names are resolved across them as on the main thread.
import type { Article, ExtractedArticle } from '../core/model.ts';
import { extractAll } from '../importers/extract/index.ts';

export default function extractFile(articles: Article[]): ExtractedArticle[] {
  return extractAll(articles);
}
