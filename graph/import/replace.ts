// Replacing an article whose content changed: first its old contributions are taken out
// (its mentions, which hold its relations' provenance, and its share of each relation's support), then the new version is written,
// then whatever it alone supported and no longer does is deleted.

import type { ManagedTransaction } from 'neo4j-driver';
import { ENTITY_TYPES, type EntityType, forEachType } from '../../core/model.ts';
import { countDeletes, type WriteCounts } from './counts.ts';
import { PROP_NAMES } from './rows.ts';

/** What the removed contributions touched: the entities and issues to re-examine afterwards. */
export interface Touched {
  entities: string[];
  issues: string[];
}

export async function removeContributions(tx: ManagedTransaction, keys: string[]): Promise<Touched> {
  await tx.run(WITHDRAW_SUPPORT, { keys });
  const mentions = await tx.run(DELETE_MENTIONS, { keys });
  const issues = await tx.run(DELETE_PUBLISHED_IN, { keys });
  return {
    entities: mentions.records[0]?.get('touched') ?? [],
    issues: issues.records[0]?.get('touched') ?? [],
  };
}

export async function collectGarbage(
  tx: ManagedTransaction,
  touched: Touched,
  counts: WriteCounts,
): Promise<void> {
  countDeletes(counts, await tx.run(DELETE_UNSUPPORTED_RELATIONS, { ids: touched.entities }));
  countDeletes(counts, await tx.run(DELETE_UNSUPPORTED_ENTITIES, { ids: touched.entities }));
  for (const label of ENTITY_TYPES) await tx.run(RECOMPUTE[label], { ids: touched.entities });
  countDeletes(counts, await tx.run(DELETE_EMPTY_ISSUES, { ids: touched.issues }));
}

// Every relation an article states joins two entities it mentions, and its provenance lies on
// the article's mention of the from-entity (one entry per evidence): each relation loses as much
// support as that mention lists for it. The relationship type is compared, never interpolated.
const WITHDRAW_SUPPORT = `
UNWIND $keys AS k
MATCH (:Article {key: k})-[m:MENTIONS]->(e)
UNWIND range(0, size(coalesce(m.relationTypes, [])) - 1) AS i
WITH e, m.relationTypes[i] AS relationType, m.relationTargets[i] AS target, count(*) AS withdrawn
MATCH (e)-[r]->(t {key: target}) WHERE type(r) = relationType
SET r.support = r.support - withdrawn`;

const DELETE_MENTIONS = `
UNWIND $keys AS k
MATCH (:Article {key: k})-[m:MENTIONS]->(e)
DELETE m
RETURN collect(DISTINCT elementId(e)) AS touched`;

const DELETE_PUBLISHED_IN = `
UNWIND $keys AS k
MATCH (:Article {key: k})-[p:PUBLISHED_IN]->(i:Issue)
DELETE p
RETURN collect(DISTINCT elementId(i)) AS touched`;

const DELETE_UNSUPPORTED_RELATIONS = `
UNWIND $ids AS id
MATCH (e) WHERE elementId(e) = id
MATCH (e)-[r]->()
WHERE r.support = 0 AND r.dataset IS NULL
DELETE r`;

// An entity lives while an article mentions it; a region also while a mentioned region lies
// inside it, so the ancestors of a touched region are examined too.
const DELETE_UNSUPPORTED_ENTITIES = `
UNWIND $ids AS id
MATCH (e) WHERE elementId(e) = id
MATCH (e)-[:PART_OF*0..]->(c)
WITH DISTINCT c
WHERE NOT EXISTS { (c)<-[:MENTIONS]-(:Article) }
  AND NOT EXISTS { (c)<-[:PART_OF*1..]-(:Region)<-[:MENTIONS]-(:Article) }
DETACH DELETE c`;

// Aliases and properties are re-read from the mentions that remain, the later article (by key)
// winning where two disagree. A region keeps what the gazetteer gave when no mention says more.
const recompute = (label: EntityType) => `
UNWIND $ids AS id
MATCH (e:${label}) WHERE elementId(e) = id
CALL (e) {
  MATCH (a:Article)-[m:MENTIONS]->(e)
  WITH m ORDER BY a.key
  RETURN collect(m) AS mentions
}
SET e.aliases = COLLECT { UNWIND mentions AS m UNWIND m.aliases AS alias RETURN DISTINCT alias ORDER BY alias }${PROP_NAMES[label].map((name) => `,\n    ${propFromMentions(label, name)}`).join('')}`;

const propFromMentions = (label: EntityType, name: string) => {
  const said = `last([m IN mentions WHERE m.${name} IS NOT NULL | m.${name}])`;
  return `e.${name} = ${label === 'Region' ? `coalesce(${said}, e.${name})` : said}`;
};

const RECOMPUTE = forEachType(ENTITY_TYPES, recompute);

const DELETE_EMPTY_ISSUES = `
UNWIND $ids AS id
MATCH (i:Issue) WHERE elementId(i) = id AND NOT EXISTS { (i)<-[:PUBLISHED_IN]-() }
DELETE i`;
