// Turns one extracted article into the rows the batched UNWIND statements write (pure: no I/O).
// Everything is checked here, so an article that is wrong never reaches the database half-read.

import { createHash } from 'node:crypto';
import neo4j, { type Integer } from 'neo4j-driver';
import { ZhengtuError } from '../../core/errors.ts';
import {
  ENTITY_TYPES,
  type Entity,
  type EntityType,
  type ExtractedArticle,
  issueKey,
  parseKey,
  RELATION_ENDS,
  RELATION_TYPES,
  type RelationType,
} from '../../core/model.ts';

export type PropValue = string | number | boolean | Integer;
export type Props = Record<string, PropValue>;

export interface EntityRow {
  key: string;
  name: string;
  aliases: string[];
  props: Props;
}

/**
 * One article's mentions of one entity: parallel arrays, one entry per evidence of the mention.
 * It also holds the provenance of the relations this article states from the entity — parallel
 * arrays again, one entry per evidence (type, to-entity key, sentence, span). Kept here, on an
 * edge written once per article, rather than on the relation, so that a relation many articles
 * state is never rewritten whole by each of them (Neo4j rewrites a changed list entirely).
 */
export interface MentionRow {
  article: string;
  entity: string;
  aliases: string[];
  /** What this article says of the entity; kept so a replaced article's word can be withdrawn. */
  props: Props;
  sentences: string[];
  starts: Integer[];
  ends: Integer[];
  relationTypes: RelationType[];
  relationTargets: string[];
  relationSentences: string[];
  relationStarts: Integer[];
  relationEnds: Integer[];
}

/** One relation between two entities and how many evidence entries (over all articles) support it. */
export interface RelationRow {
  from: string;
  to: string;
  support: number;
}

/** A relation type between two labels: the unit a single Cypher statement writes. */
export type RelationShape = `${RelationType}:${EntityType}->${EntityType}`;

export interface ArticleRows {
  key: string;
  hash: string;
  /** Every property of the Article node, key and hash included (written with `SET a = props`). */
  props: Props;
  issue?: EntityRow;
  entities: Map<EntityType, EntityRow[]>;
  mentions: Map<EntityType, MentionRow[]>;
  relations: Map<RelationShape, RelationRow[]>;
  /** Dataset PART_OF links from each mentioned region up to its country. */
  partOf: { from: string; to: string }[];
}

export function articleRows(article: ExtractedArticle): ArticleRows {
  const types = new Map<string, EntityType>();
  for (const entity of article.entities) types.set(entity.key, checkEntity(article, entity));
  const rows: ArticleRows = {
    key: article.key,
    hash: contentHash(article),
    props: {},
    entities: new Map(),
    mentions: new Map(),
    relations: new Map(),
    partOf: [],
  };
  rows.props = articleProps(article, rows.hash);
  if (article.issue) {
    const key = issueKey(article.issue);
    rows.issue = { key, name: parseKey(key).name, aliases: [], props: compact({ ...article.issue }) };
  }
  const mentions = new Map<string, MentionRow>();
  for (const entity of article.entities) mentions.set(entity.key, addEntity(rows, article, entity));
  for (const relation of article.relations) {
    const from = types.get(relation.from);
    const to = types.get(relation.to);
    if (!from || !to) throw badArticle(article, `relation ${relation.type} joins an entity it does not list`);
    if (!RELATION_TYPES.includes(relation.type))
      throw badArticle(article, `unknown relation ${relation.type}`);
    const ends = RELATION_ENDS[relation.type];
    if (!ends.from.includes(from) || !ends.to.includes(to)) {
      throw badArticle(article, `${relation.type} cannot join ${from} to ${to}`);
    }
    const evidence = withEvidence(relation.evidence);
    pushTo(rows.relations, `${relation.type}:${from}->${to}`, {
      from: relation.from,
      to: relation.to,
      support: evidence.length,
    });
    // Every listed entity has a mention (addEntity), so the from-entity's holds the provenance.
    const mention = mentions.get(relation.from);
    if (!mention)
      throw badArticle(article, `relation ${relation.type} starts at an entity it does not mention`);
    const arrays = evidenceArrays(evidence);
    mention.relationTypes.push(...evidence.map(() => relation.type));
    mention.relationTargets.push(...evidence.map(() => relation.to));
    mention.relationSentences.push(...arrays.sentences);
    mention.relationStarts.push(...arrays.starts);
    mention.relationEnds.push(...arrays.ends);
  }
  return rows;
}

/**
 * The fingerprint that decides new / updated / unchanged: text, metadata and what was extracted,
 * whatever order the fields were set in (the API and the file readers build articles differently).
 */
export function contentHash(article: ExtractedArticle): string {
  const { file: _file, ...content } = article;
  return createHash('sha256').update(JSON.stringify(content, sortedKeys)).digest('hex');
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Adds the entity, the regions it lies in and this article's mention of it, which it returns. */
function addEntity(rows: ArticleRows, article: ExtractedArticle, entity: Entity): MentionRow {
  const aliases = unique(entity.aliases.filter((alias) => alias !== entity.name));
  const props = entityProps(entity);
  pushTo(rows.entities, entity.type, { key: entity.key, name: entity.name, aliases, props });
  const mention: MentionRow = {
    article: article.key,
    entity: entity.key,
    aliases,
    props,
    ...evidenceArrays(entity.evidence),
    relationTypes: [],
    relationTargets: [],
    relationSentences: [],
    relationStarts: [],
    relationEnds: [],
  };
  pushTo(rows.mentions, entity.type, mention);
  let child = entity.key as string;
  for (const link of entity.type === 'Region' ? (entity.ancestors ?? []) : []) {
    const key = `Region:${link.name}`;
    pushTo(rows.entities, 'Region', {
      key,
      name: link.name,
      aliases: [],
      props: compact({ ...link, name: undefined }),
    });
    rows.partOf.push({ from: child, to: key });
    child = key;
  }
  return mention;
}

export const PROP_NAMES: Record<EntityType, readonly string[]> = {
  Agency: ['kind'],
  Policy: ['docType', 'status', 'number', 'date'],
  Region: ['code', 'level'],
  Initiative: [],
  Metric: ['value', 'unit', 'year', 'kind', 'qualifier'],
};
/** Whole numbers Neo4j must store as integers (the driver sends every JS number as a float). */
const INTEGER_PROPS = new Set(['year', 'number', 'serial']);

function entityProps(entity: Entity): Props {
  const props = entity.props as Record<string, unknown>;
  return compact(Object.fromEntries(PROP_NAMES[entity.type].map((name) => [name, props[name]])));
}

function articleProps(article: ExtractedArticle, hash: string): Props {
  const { key, title, date, section, source, url, text, file } = article;
  return compact({ key, title, date, section, source, url, text, file, hash });
}

function compact(values: Record<string, unknown>): Props {
  const props: Props = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'number') props[name] = INTEGER_PROPS.has(name) ? neo4j.int(value) : value;
    else if (typeof value === 'string' || typeof value === 'boolean') props[name] = value;
  }
  return props;
}

type Evidence = ExtractedArticle['relations'][number]['evidence'][number];

/** A relation stated without a located sentence still counts as support: one entry at -1. */
function withEvidence(evidence: Evidence[]): Pick<Evidence, 'sentence' | 'start' | 'end'>[] {
  return evidence.length > 0 ? evidence : [{ sentence: '', start: -1, end: -1 }];
}

function evidenceArrays(evidence: Pick<Evidence, 'sentence' | 'start' | 'end'>[]) {
  return {
    sentences: evidence.map((e) => e.sentence),
    starts: evidence.map((e) => neo4j.int(e.start)),
    ends: evidence.map((e) => neo4j.int(e.end)),
  };
}

function checkEntity(article: ExtractedArticle, entity: Entity): EntityType {
  if (!ENTITY_TYPES.includes(entity.type)) throw badArticle(article, `unknown entity type ${entity.type}`);
  if (!entity.key.startsWith(`${entity.type}:`) || !entity.name) {
    throw badArticle(article, `entity ${entity.key} has a key that does not match its type ${entity.type}`);
  }
  return entity.type;
}

function badArticle(article: ExtractedArticle, reason: string): ZhengtuError {
  return new ZhengtuError('BAD_INPUT', `${article.file}: 《${article.title}》: ${reason}`, {
    hint: 'This article was not written; the extraction produced an inconsistent result for it.',
  });
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  entry(map, key, () => [] as V[]).push(value);
}

/** The value under `key`, created first when missing. */
export function entry<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
