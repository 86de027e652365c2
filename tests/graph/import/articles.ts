// Small hand-written extracted articles for the import specs: entities and relations are given by
// name, and each one's evidence is found in the text, so offsets are always right.

import {
  articleKey,
  type Entity,
  type EntityType,
  type Evidence,
  type ExtractedArticle,
  type NodeKey,
  nodeKey,
  type PropsByType,
  type RegionLink,
  type RelationType,
} from '../../../core/model.ts';
import { regionAncestry } from '../../../importers/extract/regions.ts';

export interface EntitySpec {
  type: EntityType;
  name: string;
  aliases?: string[];
  props?: PropsByType[EntityType];
  /** Regions: the gazetteer's ancestors unless given */
  ancestors?: RegionLink[];
}

export interface ArticleSpec {
  title: string;
  url: string;
  text: string;
  entities: EntitySpec[];
  /** [type, from name, to name]: ends are looked up among the entities by name */
  relations?: [RelationType, string, string][];
}

export function extracted(spec: ArticleSpec): ExtractedArticle {
  const key = articleKey(spec);
  const keyOf = (name: string): NodeKey => {
    const entity = spec.entities.find((e) => e.name === name);
    if (!entity) throw new Error(`no entity ${name} in the spec`);
    return nodeKey(entity.type, entity.name);
  };
  const entities: Entity[] = spec.entities.map((e) => ({
    key: nodeKey(e.type, e.name),
    type: e.type,
    name: e.name,
    aliases: e.aliases ?? [],
    props: e.props ?? {},
    evidence: [e.name, ...(e.aliases ?? [])].flatMap((form) => evidenceOf(spec.text, form, key)),
    // as extraction gives them: a region carries the regions it lies in
    ...(e.type === 'Region' ? { ancestors: e.ancestors ?? regionAncestry(e.name) } : {}),
  })) as Entity[];
  return {
    key,
    title: spec.title,
    text: spec.text,
    url: spec.url,
    date: '2025-01-13',
    section: '国策要论',
    issue: { publication: '大数据发展动态', date: '2025-01-13', number: 2, serial: 215 },
    file: 'spec.md',
    entities,
    relations: (spec.relations ?? []).map(([type, from, to]) => ({
      type,
      from: keyOf(from),
      to: keyOf(to),
      evidence: evidenceOf(spec.text, to, key).slice(0, 1),
    })),
  };
}

/** Every occurrence of `form` in `text`, with the sentence around it. */
function evidenceOf(text: string, form: string, article: NodeKey): Evidence[] {
  const found: Evidence[] = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
    const from = Math.max(text.lastIndexOf('。', at) + 1, 0);
    const to = text.indexOf('。', at);
    found.push({
      article,
      sentence: text.slice(from, to < 0 ? text.length : to + 1),
      start: at,
      end: at + form.length,
    });
  }
  return found;
}
