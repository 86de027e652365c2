// Extraction of one article, and of a run of articles with resolution across them.
import { type Article, articleKey, type ExtractedArticle, type RelationType } from '../../core/model.ts';
import { findAgencies } from './agencies.ts';
import { findInitiatives } from './initiatives.ts';
import { findMetrics } from './metrics.ts';
import { findPolicies, titleAlias, titleDocument } from './policies.ts';
import {
  findRegions,
  homeMentions,
  namedRegions,
  regionAncestry,
  regionChain,
  taskedRegions,
} from './regions.ts';
import { partOf, relate } from './relations.ts';
import { resolveArticle, resolveRun } from './resolve.ts';
import { splitParagraphs, splitSentences } from './sentences.ts';
import type { Context, Link, Mention } from './types.ts';

// Bodies that matter whether or not this article says what they did.
const ALWAYS_KEPT = new Set([
  'government',
  'party',
  'court',
  'procuratorate',
  'legislature',
  'association',
  'foreign',
]);
// Relations that make a body worth a node: it issued something, or a figure is about it.
const MAKES_RELEVANT: RelationType[] = ['ISSUED_BY', 'MEASURES'];
// … or it leads or convenes: 州大数据中心负责统筹, 中心按职责分工负责落实, 协会召开.
const LEADS = /^[^，。；、]{0,6}?(负责|牵头|统筹|召开|主办|承办)/;

export function extractArticle(article: Article): ExtractedArticle {
  return withAncestry(extractAlone(article));
}

/** Every article of a run, with the same body, region or document under one name across them. */
export function extractAll(articles: Iterable<Article>): ExtractedArticle[] {
  return resolveRun([...articles].map(extractAlone)).map(withAncestry);
}

// Each region carries the regions it lies in, so the graph gets them without a gazetteer of its
// own; added once names are final (after resolution across the run).
function withAncestry(article: ExtractedArticle): ExtractedArticle {
  const entities = article.entities.map((e) =>
    e.type === 'Region' ? { ...e, ancestors: regionAncestry(e.name) } : e,
  );
  return { ...article, entities };
}

function extractAlone(article: Article): ExtractedArticle {
  const key = articleKey(article);
  const { text, title } = article;
  const sentences = splitSentences(text);
  const paragraphs = splitParagraphs(text);
  const policies = findPolicies(text);
  for (const p of policies) {
    const alias = titleAlias(title, p);
    if (alias && !p.aliases.includes(alias)) p.aliases.push(alias);
  }
  const titled = documentOfTitle(title, text, policies);
  let home = homeRegions(title);
  const regions = findRegions(text, title);
  let agencies = findAgencies(text, [...regions, ...homeMentions(text, home, regions)]);
  if (home.length === 0) {
    const first = agencies.find((a) => a.region)?.region;
    home = [first ?? '中国'];
    if (first) agencies = withHomeBodies(text, agencies, homeMentions(text, home, regions));
  }
  const initiatives = findInitiatives(text, title, regions).filter(
    (i) => !policies.some((p) => p.name === i.name),
  );
  const ctx: Context = {
    text,
    title,
    sentences,
    paragraphs,
    home,
    policies,
    agencies: agencies.filter((a) => !initiatives.some((i) => i.start <= a.start && a.end <= i.end)),
    regions: [...regions, ...homeMentions(text, home, regions)].sort((a, b) => a.start - b.start),
    initiatives,
    metrics: findMetrics(text),
    ...sourceAgency(article, policies[0]),
    ...(titled ? { titled } : {}),
    ...((article.date ?? article.issue?.date) ? { date: article.date ?? article.issue?.date } : {}),
  };
  const leaders = new Set(
    ctx.agencies.filter((a) => LEADS.test(text.slice(a.end, a.end + 10))).map((a) => a.name),
  );
  const links = relevant(relate(ctx), leaders);
  const used = new Set([
    ...links.flatMap((l) => (l.to.type === 'Region' ? [l.to.name] : [])),
    ...(policies.length ? taskedRegions(text, regions).map((r) => r.name) : []),
    ...namedRegions(text, regions).map((r) => r.name),
  ]);
  for (const p of partOf([...used])) {
    links.push({
      type: 'PART_OF',
      from: regionRef(p.from),
      to: { type: 'Region', name: p.to },
      start: 0,
      end: 0,
    });
  }
  const kept = keptAgencies(ctx, links, leaders);
  const mentions: Mention[] = [
    ...ctx.policies,
    ...kept,
    ...(ctx.titled?.issuers ?? []),
    ...ctx.initiatives,
    ...ctx.metrics,
    ...ctx.regions.filter((r) => used.has(r.name)),
  ];
  return { ...article, key, ...resolveArticle(key, sentences, mentions, links) };
}

// Where the title names no place, the first body placed in one sets the home, and only then do the
// bodies after a bare 省 or 市 (落实省委、省政府部署) have a region to be named for.
function withHomeBodies(text: string, found: Mention<'Agency'>[], home: Mention<'Region'>[]) {
  const more = findAgencies(text, home).filter((m) => !found.some((a) => a.start < m.end && m.start < a.end));
  return [...found, ...more].sort((a, b) => a.start - b.start);
}

// The regions an article is about, from its title: 贵阳贵安 gives both; 美国德州 gives only Texas.
function homeRegions(title: string): string[] {
  const unquoted = title.replace(/“[^”]*”/g, (m) => ' '.repeat(m.length));
  const names = [...new Set(findRegions(unquoted).map((r) => r.name))];
  return names.filter((n) => !names.some((other) => other !== n && regionChain(other).includes(n)));
}

// The title is the document's own (国务院办公厅关于…的意见): that document, unless the text names it in 《》.
function documentOfTitle(title: string, text: string, policies: Mention<'Policy'>[]): Context['titled'] {
  const found = titleDocument(title);
  if (!found) return undefined;
  const issuers = findAgencies(found.issuers, findRegions(found.issuers)).map((a) => ({
    ...a,
    start: 0,
    end: 0,
  }));
  const name = found.policy.name;
  const same = policies.find((p) => p.name === name || p.aliases.includes(name));
  if (same) return issuers.length ? { policy: same, issuers } : undefined;
  if (policies.some((p) => p.start < firstParagraphEnd(text))) return undefined;
  policies.unshift(found.policy);
  return { policy: found.policy, issuers };
}

function firstParagraphEnd(text: string): number {
  const end = text.indexOf(
    '\n',
    text.trimStart().length === text.length ? 0 : text.length - text.trimStart().length,
  );
  return end < 0 ? text.length : end;
}

function sourceAgency(article: Article, first?: Mention<'Policy'>): { sourceAgency?: Mention<'Agency'> } {
  if (!article.source || !first) return {};
  const found = findAgencies(article.source, findRegions(article.source));
  const whole = found.find((a) => a.form === article.source || a.name === article.source);
  return whole ? { sourceAgency: { ...whole, start: first.start, end: first.end } } : {};
}

function keptAgencies(ctx: Context, links: Link[], leaders: Set<string>): Mention<'Agency'>[] {
  const related = new Set(links.filter((l) => MAKES_RELEVANT.includes(l.type)).map((l) => l.to.name));
  const keep = (a: Mention<'Agency'>) =>
    ALWAYS_KEPT.has(a.props.kind ?? '') || related.has(a.name) || leaders.has(a.name);
  return [
    ...ctx.agencies.filter(keep),
    ...(ctx.sourceAgency && related.has(ctx.sourceAgency.name) ? [ctx.sourceAgency] : []),
  ];
}

// LOCATED_IN only for the bodies that stay nodes.
function relevant(links: Link[], leaders: Set<string>): Link[] {
  const related = new Set(links.filter((l) => MAKES_RELEVANT.includes(l.type)).map((l) => l.to.name));
  const kept = (l: Link) =>
    ALWAYS_KEPT.has((l.from as Mention<'Agency'>).props.kind ?? '') ||
    related.has(l.from.name) ||
    leaders.has(l.from.name);
  return links.filter((l) => l.type !== 'LOCATED_IN' || kept(l));
}

function regionRef(name: string): Mention<'Region'> {
  return { type: 'Region', name, form: name, start: 0, end: 0, props: {}, aliases: [] };
}
