// The docs/annotation.md file shape: {file, articles: [{title, section, source, url, entities, relations}]},
// with keys, props and evidence as extra fields the scorer ignores.
import type { ExtractedArticle } from '../core/model.ts';

export interface AnnotationFile {
  file?: string;
  articles: AnnotatedArticle[];
}

export interface AnnotatedArticle {
  key: string;
  file: string;
  title: string;
  section?: string;
  source?: string;
  url?: string;
  date?: string;
  entities: {
    key: string;
    type: string;
    name: string;
    aliases: string[];
    props: object;
    evidence: object[];
  }[];
  relations: { type: string; from: string; to: string; evidence: object[] }[];
}

export function toAnnotation(articles: ExtractedArticle[], file?: string): AnnotationFile {
  return {
    ...(file ? { file } : {}),
    articles: articles.map((a) => ({
      key: a.key,
      file: a.file,
      title: a.title,
      ...(a.section ? { section: a.section } : {}),
      ...(a.source ? { source: a.source } : {}),
      ...(a.url ? { url: a.url } : {}),
      ...(a.date ? { date: a.date } : {}),
      entities: a.entities.map((e) => ({
        key: e.key,
        type: e.type,
        name: e.name,
        aliases: e.aliases,
        props: e.props,
        evidence: e.evidence,
      })),
      relations: a.relations.map((r) => ({ type: r.type, from: r.from, to: r.to, evidence: r.evidence })),
    })),
  };
}
