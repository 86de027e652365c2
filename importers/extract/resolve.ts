// Resolution: mentions of the same body, region or document under different names become one
// entity with every name as an alias — within an article, then across the articles of a run.
import {
  type Entity,
  type EntityType,
  type Evidence,
  type ExtractedArticle,
  type MetricProps,
  metricKey,
  type NodeKey,
  nodeKey,
  type Relation,
} from '../../core/model.ts';
import { regionByName } from './gazetteer/regions.ts';
import { type Span, spanAt } from './sentences.ts';
import type { Link, Mention } from './types.ts';

interface Group {
  type: EntityType;
  name: string;
  mentions: Mention[];
}

/** Entities and relations of one article from its mentions and links. */
export function resolveArticle(
  article: NodeKey,
  sentences: Span[],
  mentions: Mention[],
  links: Link[],
): { entities: Entity[]; relations: Relation[] } {
  const groups = groupMentions(mentions);
  const keyOf = new Map<Mention, NodeKey>();
  const entities = new Map<NodeKey, Entity>();
  const subjects = metricSubjects(links);
  for (const g of groups) {
    const first = g.mentions[0];
    if (!first) continue;
    const subject = subjects.get(first);
    // A figure is named for what it measures (算力规模); its key adds the subject, year and value.
    const name = first.type === 'Metric' ? bare(g.name, subject) : g.name;
    const key =
      first.type === 'Metric' ? metricKey(name, first.props as MetricProps, subject) : nodeKey(g.type, name);
    for (const m of g.mentions) keyOf.set(m, key);
    const existing = entities.get(key);
    const entity = existing ?? {
      key,
      type: g.type,
      name,
      aliases: [],
      props: first.props,
      evidence: [],
    };
    // A figure has no other names; its written forms are in its evidence.
    const named = g.type === 'Metric' ? [] : g.mentions.flatMap(names);
    entity.aliases = unique([...entity.aliases, ...named].filter((n) => n !== g.name));
    entity.evidence.push(...g.mentions.map((m) => evidence(article, sentences, m)));
    entities.set(key, entity);
  }
  const relations = new Map<string, Relation>();
  for (const l of links) {
    const from = keyOf.get(l.from) ?? nodeKey(l.from.type, l.from.name);
    const to =
      'start' in l.to ? (keyOf.get(l.to) ?? nodeKey(l.to.type, l.to.name)) : nodeKey(l.to.type, l.to.name);
    if (from === to) continue;
    const id = `${l.type}|${from}|${to}`;
    const relation = relations.get(id) ?? { type: l.type, from, to, evidence: [] };
    relation.evidence.push(evidence(article, sentences, l));
    relations.set(id, relation);
  }
  for (const r of relations.values()) if (r.to.startsWith('Region:')) ensureRegion(entities, r.to);
  return { entities: [...entities.values()], relations: [...relations.values()] };
}

/** Across a run: an entity named by another's alias takes that entity's name (国家网信办 → 国家互联网信息办公室). */
export function resolveRun(articles: ExtractedArticle[]): ExtractedArticle[] {
  const claims = new Map<string, Set<string>>();
  for (const a of articles) {
    for (const e of a.entities) {
      if (e.type === 'Metric') continue;
      for (const alias of e.aliases) {
        const k = `${e.type}:${alias}`;
        claims.set(k, (claims.get(k) ?? new Set()).add(e.name));
      }
    }
  }
  const canonical = new Map<NodeKey, NodeKey>();
  for (const [k, owners] of claims) {
    const owner = [...owners][0];
    if (owners.size === 1 && owner)
      canonical.set(k as NodeKey, nodeKey(k.slice(0, k.indexOf(':')) as EntityType, owner));
  }
  return articles.map((a) => rename(a, canonical));
}

function rename(a: ExtractedArticle, canonical: Map<NodeKey, NodeKey>): ExtractedArticle {
  const to = (key: NodeKey) => canonical.get(key) ?? key;
  const entities = new Map<NodeKey, Entity>();
  for (const e of a.entities) {
    const key = to(e.key);
    const existing = entities.get(key);
    // A renamed entity takes its canonical name from its key; a figure's key is no name.
    const name = key === e.key ? e.name : key.slice(key.indexOf(':') + 1);
    const aliases = unique([...(existing?.aliases ?? []), ...e.aliases, e.name].filter((n) => n !== name));
    entities.set(key, {
      ...(existing ?? e),
      key,
      name,
      aliases,
      evidence: [...(existing?.evidence ?? []), ...e.evidence],
    });
  }
  const relations = new Map<string, Relation>();
  for (const r of a.relations) {
    const moved = { ...r, from: to(r.from), to: to(r.to) };
    const id = `${moved.type}|${moved.from}|${moved.to}`;
    const known = relations.get(id);
    if (known) known.evidence = [...known.evidence, ...moved.evidence];
    else if (moved.from !== moved.to) relations.set(id, moved);
  }
  return { ...a, entities: [...entities.values()], relations: [...relations.values()] };
}

// Groups by type and name; a group named by another group's alias joins it (杭州市数字经济局 in
// 杭州市经济和信息化局（杭州市数字经济局）).
function groupMentions(mentions: Mention[]): Group[] {
  const byKey = new Map<string, Group>();
  for (const m of mentions) {
    const k = m.type === 'Metric' ? `Metric:${m.start}:${m.name}` : `${m.type}:${m.name}`;
    const g = byKey.get(k) ?? { type: m.type, name: m.name, mentions: [] };
    g.mentions.push(m);
    byKey.set(k, g);
  }
  const groups = [...byKey.values()];
  for (const g of groups) {
    if (g.type === 'Metric' || g.type === 'Region') continue;
    const host = groups.find(
      (h) =>
        h !== g &&
        h.type === g.type &&
        h.mentions.length > 0 &&
        (h.mentions.some((m) => m.aliases.includes(g.name) || placedAlias(g.name, m)) ||
          (g.type === 'Agency' &&
            abbreviates(g.name, h.name) &&
            g.mentions[0]?.region === h.mentions[0]?.region)),
    );
    if (host) {
      host.mentions.push(...g.mentions);
      g.mentions = [];
    }
  }
  return groups.filter((g) => g.mentions.length > 0);
}

// 广东省委网信办 for a body introduced as 省委网信办: its short name after a form of its own region.
function placedAlias(name: string, host: Mention): boolean {
  const region = host.region;
  return (
    !!region &&
    host.aliases.some((a) => {
      const place = name.slice(0, name.length - a.length);
      return a.length >= 3 && name.endsWith(a) && place.length >= 2 && region.startsWith(place);
    })
  );
}

// 市委金融办 of 中共广州市委金融委员会办公室, 管委会 of 管理委员会: a body's abbreviation keeps the full name's
// first character and some of the rest in order, and ends where the full name ends or just before
// the tail of 办公室, 办公厅 or 委员会 (市政府 is no abbreviation of 市政府办公厅); both bodies sit in
// the same region (北京市教育委员会 is not the 北京市东城区教育委员会).
const ABBREVIATED_TAIL = new Set(['', '公室', '公厅', '员会']);

function abbreviates(short: string, full: string): boolean {
  // 东城区教委 of 北京市东城区教育委员会: the full name may open with the region above the short one's
  const above = /^.{2,8}?[省市]/.exec(full)?.[0] ?? '';
  if (short[0] !== full[0] && above && short[0] === full[above.length]) full = full.slice(above.length);
  if (short.length < 3 || short.length >= full.length || short[0] !== full[0]) return false;
  let at = 0;
  for (const char of short) {
    at = full.indexOf(char, at) + 1;
    if (at === 0) return false;
  }
  return ABBREVIATED_TAIL.has(full.slice(at));
}

function metricSubjects(links: Link[]): Map<Mention, string> {
  const out = new Map<Mention, string>();
  for (const l of links) if (l.type === 'MEASURES' && !out.has(l.from)) out.set(l.from, l.to.name);
  return out;
}

// 贵州省算力规模 about 贵州省 is keyed 贵州省·算力规模.
function bare(name: string, subject?: string): string {
  return subject && name.startsWith(subject) && name.length > subject.length
    ? name.slice(subject.length)
    : name;
}

function ensureRegion(entities: Map<NodeKey, Entity>, key: NodeKey): void {
  if (entities.has(key)) return;
  const name = key.slice('Region:'.length);
  const entry = regionByName(name);
  const props = entry ? { level: entry.level, ...(entry.code ? { code: entry.code } : {}) } : {};
  entities.set(key, { key, type: 'Region', name, aliases: [], props, evidence: [] });
}

function names(m: Mention): string[] {
  const form = m.form.replace(/^《(.*)》$/s, '$1').replace(/\s+/g, '');
  return [form, ...m.aliases].filter((n) => n !== '');
}

function evidence(article: NodeKey, sentences: Span[], at: { start: number; end: number }): Evidence {
  return { article, sentence: spanAt(sentences, at.start)?.text ?? '', start: at.start, end: at.end };
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
