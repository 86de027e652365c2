// Merges the rows of many articles into one set of UNWIND parameters, so each node and each
// relation is written once per transaction however many articles of the batch name it.

import type { EntityType } from '../../core/model.ts';
import {
  type ArticleRows,
  type EntityRow,
  entry,
  type MentionRow,
  type Props,
  type RelationRow,
  type RelationShape,
} from './rows.ts';

export interface BatchRows {
  articles: { key: string; props: Props; issue: string | null }[];
  issues: EntityRow[];
  entities: Map<EntityType, EntityRow[]>;
  mentions: Map<EntityType, MentionRow[]>;
  relations: Map<RelationShape, RelationRow[]>;
  partOf: { from: string; to: string }[];
}

export function batchRows(batch: ArticleRows[]): BatchRows {
  const issues = new Map<string, EntityRow>();
  const entities = new Map<EntityType, Map<string, EntityRow>>();
  const relations = new Map<RelationShape, Map<string, RelationRow>>();
  const mentions = new Map<EntityType, MentionRow[]>();
  const partOf = new Map<string, { from: string; to: string }>();
  for (const rows of batch) {
    if (rows.issue) mergeEntity(issues, rows.issue);
    for (const [type, list] of rows.entities) {
      const byKey = entry(entities, type, () => new Map());
      for (const row of list) mergeEntity(byKey, row);
    }
    for (const [type, list] of rows.mentions) entry(mentions, type, () => []).push(...list);
    for (const [shape, list] of rows.relations) {
      const byEnds = entry(relations, shape, () => new Map());
      for (const row of list) mergeRelation(byEnds, row);
    }
    for (const link of rows.partOf) partOf.set(`${link.from}\n${link.to}`, link);
  }
  return {
    articles: batch.map((rows) => ({ key: rows.key, props: rows.props, issue: rows.issue?.key ?? null })),
    issues: [...issues.values()],
    entities: new Map([...entities].map(([type, byKey]) => [type, [...byKey.values()]])),
    mentions,
    relations: new Map([...relations].map(([shape, byEnds]) => [shape, [...byEnds.values()]])),
    partOf: [...partOf.values()],
  };
}

function mergeEntity(byKey: Map<string, EntityRow>, row: EntityRow): void {
  const seen = byKey.get(row.key);
  if (!seen) {
    byKey.set(row.key, { ...row, aliases: [...row.aliases], props: { ...row.props } });
    return;
  }
  for (const alias of row.aliases) if (!seen.aliases.includes(alias)) seen.aliases.push(alias);
  Object.assign(seen.props, row.props);
}

function mergeRelation(byEnds: Map<string, RelationRow>, row: RelationRow): void {
  const id = `${row.from}\n${row.to}`;
  const seen = byEnds.get(id);
  if (seen) seen.support += row.support;
  else byEnds.set(id, { ...row });
}
