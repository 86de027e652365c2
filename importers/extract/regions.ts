// Region mentions resolved to canonical divisions: short forms (贵州, 广州, 德州) by the article's
// own context, one sense per article, and 我市/全省 by the article's home region.
import type { RegionLink, RegionProps } from '../../core/model.ts';
import { tokenize } from '../../core/segment.ts';
import {
  countiesIn,
  pickRegion,
  type RegionEntry,
  type RegionMatch,
  regionAncestors,
  regionByName,
  scanRegions,
  townshipIn,
  villageIn,
  zoneOfCity,
} from './gazetteer/regions.ts';
import { townshipsOf, villagesOf } from './gazetteer/townships.ts';
import { bareZoneForms, isBareZone, ZONE_KIND } from './gazetteer/zones.ts';
import { type Mention, mention } from './types.ts';

const HOME_WORDS = /(我市|本市|全市|我省|本省|全省|我区|本区|全区|我州|本州|全州|我县|本县|全县)/g;
// 省大数据管理中心, 州大数据中心, 经区政府同意, 区数据局, 市发改委, 落实省委: a bare 省/市/州/区/县 at a word's start opens a
// home body's name (not 区块链, 区域, 县域).
const BARE_LEVEL =
  /(?<=^|[^\u4e00-\u9fa5]|明确|由|经|和|与|及|会同|联合|要求|支持|依托|指导|组织|落实|按照|贯彻)([省市州区县])(?![块域间位])(?=[\u4e00-\u9fa5]{1,16}?(?:中心|局|厅|委员会|办公室|委|指挥部|领导小组|专班)|政府|委(?!员)|总工会|妇联|残联|科协|工商联|文联|侨联|[台侨外]办)/g;
const SHORT_NAME = /^[ \t]*[（(](?:以下)?简称[：:]?[“"]([^”"]{1,10})[”"][）)]/;

/** Region mentions in text order; `context` (the title, say) helps to choose between namesakes. */
export function findRegions(text: string, context = ''): Mention<'Region'>[] {
  const chosen = new Map<string, RegionEntry>();
  const zones = new Map<string, RegionEntry[]>();
  const out: Mention<'Region'>[] = [];
  for (const m of placeMatches(text)) {
    const entry = choose(m.candidates, m.form, chosen, `${context}${sentenceAround(text, m.start)}`);
    if (!entry) continue;
    chosen.set(m.form, entry);
    const short = SHORT_NAME.exec(text.slice(m.end, m.end + 20))?.[1];
    if (short) chosen.set(short, entry);
    const kind = CITY_LEVELS.has(entry.level) ? ZONE_KIND.exec(text.slice(m.end, m.end + 9))?.[1] : undefined;
    if (kind) {
      const zone = zoneOfCity(entry, kind);
      out.push(regionMention(zone, { form: `${m.form}${kind}`, start: m.start, end: m.end + kind.length }));
      zones.set(kind, [...(zones.get(kind) ?? []), zone]);
    } else out.push(regionMention(entry, m));
  }
  return withSubdivisions(text, [...out, ...bareZones(text, zones, out)]).sort((a, b) => a.start - b.start);
}

// The gazetteer's matches that the segmenter's words allow; after one they do not (会宁 in 银保监会宁波),
// the text up to the next match is read again from its second character (宁波).
function placeMatches(text: string, from = 0, to = text.length): RegionMatch[] {
  const found = scanRegions(text.slice(from, to)).map((m) => ({
    ...m,
    start: m.start + from,
    end: m.end + from,
  }));
  return found.flatMap((m, i) =>
    splitsWords(text, m) ? placeMatches(text, m.start + 1, found[i + 1]?.start ?? to) : [m],
  );
}

// The segmenter's words around a short form, tagged in a window this wide on either side.
const WORD_WINDOW = 6;

// 移民和 holds 民和, 在巴中国 holds 巴中: a short form (no candidate's full name) that the segmenter
// reads into a word before it, or whose end it reads into a word after it, is no place. A word that
// begins with the form (北京大学) still names it, and so does a place ending in it (上海浦东/ns).
function splitsWords(
  text: string,
  m: { start: number; end: number; form: string; candidates: RegionEntry[] },
) {
  if (m.candidates.some((c) => c.name === m.form)) return false;
  const from = Math.max(0, m.start - WORD_WINDOW);
  const words = tokenize(text.slice(from, m.end + WORD_WINDOW), from);
  return words.some(
    (w) =>
      (w.start < m.start && w.end > m.start && !(w.tag === 'ns' && w.end === m.end)) ||
      (w.start > m.start && w.start < m.end && w.end > m.end),
  );
}

const TOWNSHIP_WORD = /[镇乡]|街道/;
const VILLAGE_WORD = /村|社区/;

// 朝阳门街道, 城关镇, 王家村: a township or village is read only under a county, prefecture or
// municipality the text names (many share a name), and replaces any shorter form inside it.
function withSubdivisions(text: string, found: Mention<'Region'>[]): Mention<'Region'>[] {
  if (!TOWNSHIP_WORD.test(text) && !VILLAGE_WORD.test(text)) return found;
  const named = unique(found.flatMap((r) => regionByName(r.name) ?? []));
  const written = namesEndingInLevel(text);
  const subs: Mention<'Region'>[] = [];
  const townships: RegionEntry[] = [];
  for (const county of unique(named.flatMap(countiesIn))) {
    const explicit = named.includes(county);
    for (const t of townshipsOf(county.code)) {
      const at = written.has(t.name) ? occurrences(text, t.name) : [];
      if (at.length === 0 && !explicit) continue;
      const entry = townshipIn(county, t);
      townships.push(entry);
      for (const start of at)
        subs.push(regionMention(entry, { form: t.name, start, end: start + t.name.length }));
    }
  }
  if (VILLAGE_WORD.test(text)) {
    for (const township of townships) {
      for (const v of villagesOf(township.code)) {
        if (!written.has(v.name)) continue;
        for (const start of occurrences(text, v.name))
          subs.push(
            regionMention(villageIn(township, v), { form: v.name, start, end: start + v.name.length }),
          );
      }
    }
  }
  const longest = subs
    .sort((a, b) => b.end - b.start - (a.end - a.start))
    .filter((s, i, all) => !all.slice(0, i).some((o) => o.start < s.end && s.start < o.end));
  const inside = (r: Mention<'Region'>) => longest.some((s) => s.start < r.end && r.start < s.end);
  return [...found.filter((r) => !inside(r)), ...longest];
}

// Every string of up to 12 characters that ends in 镇, 乡, 街道, 村 or 社区: a township or village
// is looked up in this set, not searched for through the whole text.
const LEVEL_ENDS = /镇|乡|街道|村|社区/g;

function namesEndingInLevel(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(LEVEL_ENDS)) {
    const end = (m.index ?? 0) + m[0].length;
    for (let start = Math.max(0, end - 12); start < end - m[0].length; start++)
      out.add(text.slice(start, end));
  }
  return out;
}

function occurrences(text: string, word: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) out.push(at);
  return out;
}

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

const CITY_LEVELS = new Set(['prefecture', 'county']);
// 全国高新区, 各经开区: zones in general, not the article's own.
const ZONES_IN_GENERAL = /(全国|各|国家级|省级|省级以上)$/;

// 高新区 after 西安高新区 is that zone, when the article names only one zone of the kind.
function bareZones(text: string, zones: Map<string, RegionEntry[]>, found: Mention<'Region'>[]) {
  const out: Mention<'Region'>[] = [];
  for (const [kind, list] of zones) {
    const zone = list[0];
    if (!zone || list.some((z) => z !== zone)) continue;
    for (const form of bareZoneForms(kind)) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
        const end = at + form.length;
        const covered = [...found, ...out].some((r) => r.start < end && at < r.end);
        if (!covered && !ZONES_IN_GENERAL.test(text.slice(Math.max(0, at - 5), at)))
          out.push(regionMention(zone, { form, start: at, end }));
      }
    }
  }
  return out;
}

/**
 * 我市, 全省 … as mentions of the home city or province (the province of a home city); a bare 市 or 省
 * after a region of that level named earlier in its sentence is that region (淮安市委、市政府).
 */
export function homeMentions(
  text: string,
  home: string[],
  named: Mention<'Region'>[] = [],
): Mention<'Region'>[] {
  const out: Mention<'Region'>[] = [];
  for (const m of [...text.matchAll(HOME_WORDS), ...text.matchAll(BARE_LEVEL)]) {
    const word = m[1] ?? '';
    const bare = word.length === 1;
    const earlier = bare ? namedBefore(text, m.index ?? 0, word, named) : undefined;
    if (earlier) {
      const start = m.index ?? 0;
      out.push({ ...earlier, form: earlier.name, start, end: start + 1, aliases: [] });
      continue;
    }
    const level = /省/.test(word) ? 'province' : /[市州]/.test(word) ? 'prefecture' : 'own';
    for (const name of home) {
      const entry = atLevel(name, level);
      // a bare 区/县 is the home only where the home is one (区政府 in a city's article is some district's)
      if (bare && level === 'own' && entry?.level !== 'county') continue;
      const start = m.index ?? 0;
      // 全省 is no name of the province: the mention keeps its offsets but not the word.
      if (entry) out.push(regionMention(entry, { form: entry.name, start, end: start + word.length }));
    }
  }
  return out;
}

// The last region before `at` in its sentence whose name ends in the bare level word (市, 省, 区).
function namedBefore(text: string, at: number, level: string, named: Mention<'Region'>[]) {
  const from = Math.max(...['。', '！', '？', '；', '\n'].map((c) => text.lastIndexOf(c, at)));
  return named.filter((r) => r.start > from && r.end <= at && r.name.endsWith(level)).at(-1);
}

// 支持贵安新区加快…, 天府新区、雅安市、宜宾市等地要…, 支持北京、上海等地法院探索…: places a
// document gives tasks to, which it is about even when no figure or body names them.
const TASKING_BEFORE = /(支持|鼓励|推动|引导|指导|要求)$/;
const TASKED_AFTER =
  /^(等地区?|等城市|等市)?(法院|政府)?(要|可|应|将|率先|先行先试|争创|加快|发挥|开展|探索|建设|打造)/;

/** Regions that a sentence sets tasks for: after 支持, or a list followed by 要, 可, 率先 … */
export function taskedRegions(text: string, regions: Mention<'Region'>[]): Mention<'Region'>[] {
  const out: Mention<'Region'>[] = [];
  let list: Mention<'Region'>[] = [];
  const close = () => {
    const first = list[0];
    const last = list.at(-1);
    if (first && last) {
      const before = text.slice(Math.max(0, first.start - 2), first.start);
      if (TASKING_BEFORE.test(before) || TASKED_AFTER.test(text.slice(last.end, last.end + 8)))
        out.push(...list);
    }
    list = [];
  };
  for (const r of regions) {
    const last = list.at(-1);
    if (last && !/^[、和及与]$/.test(text.slice(last.end, r.start))) close();
    list.push(r);
  }
  close();
  return out;
}

/**
 * Regions a sentence names in full (无锡市召开, 郑州市、洛阳市等城市, 在巴西): a full official name is a
 * deliberate reference to the place; a short form (太湖, 白山云) may be a word that only looks like one,
 * and a name set off by spaces or line ends on both sides is a label (a link, a menu item), not prose.
 */
export function namedRegions(text: string, regions: Mention<'Region'>[]): Mention<'Region'>[] {
  const prose = (at: number) => at >= 0 && at < text.length && !/\s/.test(text[at] ?? '');
  const full = (r: Mention<'Region'>) =>
    r.form === r.name || (r.props.level === 'area' && !isBareZone(r.form));
  return regions.filter((r) => full(r) && (prose(r.start - 1) || prose(r.end)));
}

/** The region and every region above it: 观山湖区 → 贵阳市 → 贵州省 → 中国. */
export function regionChain(name: string): string[] {
  const entry = regionByName(name);
  return entry ? [entry.name, ...regionAncestors(entry).map((e) => e.name)] : [name];
}

/** The regions a region lies in, parent first up to its country; none for a name the gazetteer lacks. */
export function regionAncestry(name: string): RegionLink[] {
  const entry = regionByName(name);
  if (!entry) return [];
  return regionAncestors(entry).map((up) => ({
    name: up.name,
    level: up.level,
    ...(up.code ? { code: up.code } : {}),
  }));
}

export function regionMention(entry: RegionEntry, at: { form: string; start: number; end: number }) {
  const props: RegionProps = { level: entry.level, ...(entry.code ? { code: entry.code } : {}) };
  return mention('Region', entry.name, at, props);
}

// One sense per article: a form keeps the entry it first resolved to; an ambiguous form takes the
// candidate whose ancestors the context names (美国德州 → 美国得克萨斯州).
function choose(candidates: RegionEntry[], form: string, chosen: Map<string, RegionEntry>, context: string) {
  const earlier = chosen.get(form) ?? candidates.find((c) => [...chosen.values()].includes(c));
  return earlier ?? pickRegion(candidates, context);
}

// 全区 and 全县 are the home itself, whatever its level (广西壮族自治区, 浦东新区).
function atLevel(name: string, level: 'province' | 'prefecture' | 'own'): RegionEntry | undefined {
  const entry = regionByName(name);
  if (!entry) return undefined;
  if (entry.level === level || level === 'own') return entry;
  return regionAncestors(entry).find((e) => e.level === level) ?? (level === 'province' ? undefined : entry);
}

function sentenceAround(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf('。', at), 0);
  const to = text.indexOf('。', at);
  return text.slice(from, to < 0 ? text.length : to);
}
