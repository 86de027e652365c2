// The grammar of Chinese body names: [中共] region | 国家 | 中国 | a known body, then nominal words,
// ending in a body suffix (人民政府, 办公厅, 委员会, 局, 厅, 部, 院, 协会, 研究院, 有限公司 …).
// Central bodies and their short forms (国家发展改革委, 最高法) come from the gazetteer.
import type { AgencyKind } from '../../core/model.ts';
import { type Token, tokenize } from '../../core/segment.ts';
import { AGENCY_SUFFIXES, scanAgencies } from './gazetteer/agencies.ts';
import { regionByName } from './gazetteer/regions.ts';
import { regionChain } from './regions.ts';
import type { Mention } from './types.ts';
import { mention } from './types.ts';

// Suffix → kind, first listed kind winning; looked up by a word's endings, longest first.
const SUFFIXES = new Map<string, AgencyKind>();
for (const [kind, list] of Object.entries(AGENCY_SUFFIXES)) {
  for (const suffix of list) if (!SUFFIXES.has(suffix)) SUFFIXES.set(suffix, kind as AgencyKind);
}
const LONGEST_SUFFIX = Math.max(...[...SUFFIXES.keys()].map((s) => s.length));
// Words that end like a body but are none (布局 ends in 局, 东部 in 部, a 常委 is a person, 主办 is
// what a body does to a meeting).
const NOT_BODIES = new Set([
  ...'布局 格局 大局 全局 结局 开局 当局 内部 外部 全部 局部 干部 东部 西部 中部 南部 北部 头部 底部'.split(
    ' ',
  ),
  ...'本部 总部 俱乐部 重心 部署 签署 常委 主办 承办 协办 举办 创办 开办 督办 交办 代办 查办'.split(' '),
]);
// Verbs that belong inside body names (城市运行管理中心, 数据流通交易所).
const NAME_VERBS =
  /^(运行|管理|发展|改革|服务|保障|监督|促进|研究|交易|流通|开发|审判|检察|规划|建设|保护|统计|监测|认证|评估|保密|执法|计算|审批|招商|投资|招生|考试|采购|审计|登记|征收|培训|检测|检验|救助|调解|仲裁|招标|结算|鉴定|咨询|评审|孵化)$/;
// Verbs that end a name even when the tagger calls them nouns (印发/nz).
const STOP_WORDS =
  /^(印发|发布|出台|公布|联合|会同|牵头|协同|配合|负责|召开|起草|制定|通过|关于|指导|组织|主办|承办|等|将|在|于|对|向|及|、)$/;
const MAX_NAME = 30;
const LEGAL_FORM = /有限|股份/;
const ITS_AGENCIES = /^(机构|部门|官员)/;
const PLACE_AFTER = /^(集群|园区|基地|平台|项目|机架|大楼|枢纽|节点)/;
const COMPANY = new RegExp((AGENCY_SUFFIXES.company ?? []).join('|'), 'g');
// 国家发展改革委党组书记: a post (see onlyAPost).
const PERSON_TITLE =
  /^(成员、|书记|副书记|常委(?!会)|主任|副主任|局长|副局长|部长|副部长|厅长|院长|秘书长|负责同志)/;
// 管委会副主任某某发布《X》: the officer speaks for the body, which issues the document.
const ISSUES_AFTER = /^[^。；！？]*?(?:发布|印发|出台|公布)了?《/;
// 南京市委市政府, 省委省政府: a region's party committee and its government acting together.
const COMMITTEE_AND_GOVERNMENT = /^委、?[省市区县州]?政府$/;
// 数字政府 ends like a body but names an idea.
const CONCEPTS = /^(数字|智慧|电子|法治|服务型|廉洁)政府$/;
// 国务院各部委, 省有关部门: addressees in general, no one body.
const GENERAL = /^(各|有关|相关|所属|直属)/;
// 党中央 stands in political formulae (以…为核心的党中央), not for a body that acts in the news.
const FORMULAIC = new Set(['党中央']);
// The short name that may stand between a region and the rest of a name: 美国德克萨斯州(以下简称“德州”)众议院.
const INTRO = /[（(](?:以下)?简称[：:]?[“"]([^”"]{1,12})[”"][）)]|[（(][“"]([^”"]{1,12})[”"][）)]/g;
// Stands in for a blanked short-name introduction, so the tagger sees one word on either side of it.
const BLANK = '\uE000';
// 河北省第十四届人民代表大会常务委员会: the term of a legislature is no part of its name.
const SESSION = /第[一二三四五六七八九十百零〇\d]{1,4}届/g;
const blank = (m: string) => BLANK.repeat(m.length);
const ALT_NAME = /^[（(]([\u4e00-\u9fa5]{3,30})[）)]/;

export interface Anchor {
  start: number;
  end: number;
  /** canonical region, or undefined for 中共/国家 style prefixes and known bodies */
  region?: string;
  /** canonical text that replaces the anchor's form in the name (贵阳 → 贵阳市) */
  canonical: string;
  /** the canonical name of a known body, for sub-units */
  body?: string;
  /** the known body's own region: its units sit there too */
  bodyRegion?: string;
}

/** Bodies in the text: known central bodies, and names built by the grammar from `regions`. */
export function findAgencies(text: string, regions: Mention<'Region'>[]): Mention<'Agency'>[] {
  // A quoted term (“吉事办”) names a thing; a quote with a clause break in it is reported speech.
  const quotes = [...text.matchAll(/“[^”，。；！？]*”/g)].map((q) => ({
    start: q.index ?? 0,
    end: (q.index ?? 0) + q[0].length,
  }));
  const acting = (m: { start: number; end: number; form: string }) =>
    !FORMULAIC.has(m.form) && !quotes.some((q) => q.start < m.start && m.end < q.end - 1);
  const known = scanAgencies(text)
    .filter(acting)
    .map((m) => {
      const found = mention('Agency', m.entry.name, m, { kind: m.entry.kind });
      if (m.entry.region && m.entry.kind !== 'company') found.region = m.entry.region;
      return found;
    });
  const anchors: Anchor[] = [
    ...regions.map((r) => ({ start: r.start, end: r.end, region: r.name, canonical: r.name })),
    ...known.map((k) => ({
      start: k.start,
      end: k.end,
      canonical: k.name,
      body: k.name,
      ...(k.region ? { bodyRegion: k.region } : {}),
    })),
  ];
  const built = grammar(text, anchors)
    .filter(acting)
    .filter((b) => !isKnownUnit(b, known));
  const out = [...built];
  // A known body stays beside its own units (中国信息通信研究院 and its 互联网法律研究中心).
  const covered = (k: Mention<'Agency'>) =>
    out.some((b) => b.start <= k.start && k.end <= b.end && b.parent !== k.name);
  for (const k of known) if (!covered(k)) out.push(k);
  for (const m of out) addShortNames(text, m);
  return localInList(
    text,
    out.sort((a, b) => a.start - b.start),
  );
}

// 黑龙江省工信厅、发改委、商务厅: a national commission's short name listed after a region's body is
// that region's commission of the same name.
const SAME_NAME_LOCALLY = /^国家(.+(?:委员会|办公室))$/;

function localInList(text: string, found: Mention<'Agency'>[]): Mention<'Agency'>[] {
  for (const [i, m] of found.entries()) {
    const before = found[i - 1];
    const local = SAME_NAME_LOCALLY.exec(m.name)?.[1];
    const region = before?.region;
    if (!local || !region || region === '中国' || m.form.startsWith('国家')) continue;
    if (text[m.start - 1] !== '、' || before.end !== m.start - 1) continue;
    if (regionByName(region)?.country !== '中国') continue;
    m.name = `${region}${local}`;
    m.region = region;
    if (!m.aliases.includes(m.form)) m.aliases.push(m.form);
  }
  return found;
}

// 工信部中国信息通信研究院: a known body written after its parent is that body, under the parent; the
// compound is no name of its own.
function isKnownUnit(built: Mention<'Agency'>, known: Mention<'Agency'>[]): boolean {
  const unit = known.find((k) => k.end === built.end && k.start > built.start);
  if (!unit || !built.parent) return false;
  unit.parent = built.parent;
  return true;
}

// Each suffix word closes a candidate; the name opens at the leftmost anchor reachable over
// nominal words. Overlaps keep the longest name.
function grammar(text: string, anchors: Anchor[]): Mention<'Agency'>[] {
  const blanked = text.replace(INTRO, blank).replace(SESSION, blank);
  const tokens = windows(blanked, anchors).flatMap(([from, to]) => tokenize(blanked.slice(from, to), from));
  const byStart = new Map(anchors.map((a) => [a.start, a]));
  const inside = new Map<number, Anchor>();
  for (const a of anchors) for (let at = a.start; at < a.end; at++) if (!inside.has(at)) inside.set(at, a);
  const found: Mention<'Agency'>[] = [];
  const shared: Mention<'Agency'>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const end = tokens[i];
    const suffix = end && !facility(tokens, i, text) && !acting(tokens, i) && suffixOf(end.word, end.tag);
    if (!end || !suffix) continue;
    let anchor: Anchor | undefined;
    let first = i;
    for (let j = i; j >= 0; j--) {
      const t = tokens[j];
      const gap = j < i && tokens[j + 1]?.start !== t?.end;
      if (!t || end.end - t.start > MAX_NAME || gap) break;
      const here = partyAnchor(text, byStart.get(t.start) ?? partial(inside, t));
      if (!here && ((j < i && !nominal(t)) || joinsTwoBodies(tokens, j))) break;
      anchor = here ?? anchor;
      first = j;
    }
    // A company needs no region before it (华为技术有限公司), but a name of its own: 金融控股公司,
    // 保险业金融机构和金融控股公司 are kinds of company.
    if (!anchor && suffix.kind === 'company' && first === i && end.word === suffix.suffix) continue;
    if (!anchor && suffix.kind === 'company' && generic(tokens.slice(first, i + 1), suffix.suffix)) continue;
    if (!anchor && suffix.kind === 'company')
      anchor = { start: tokens[first]?.start ?? end.start, end: end.start, canonical: '' };
    if (!anchor || anchor.end >= end.end || onlyAPost(text, end.end)) continue;
    // 俄罗斯政府机构, 市政府部门: a government's agencies in general, not the government acting
    if (suffix.suffix.endsWith('政府') && ITS_AGENCIES.test(text.slice(end.end, end.end + 2))) continue;
    // 全省法院, 全市各级法院: the bodies of a whole region are many, not one that acts
    if (/^全/.test(text.slice(anchor.start, anchor.end))) continue;
    // “吉事办”延边分厅: a branch of the quoted thing, not a body of the region
    if (text[anchor.start - 1] === '”') continue;
    if (anchor.region && COMMITTEE_AND_GOVERNMENT.test(text.slice(anchor.end, end.end))) {
      found.push(...committeeAndGovernment(text, anchor, end.end));
      continue;
    }
    const built = build(text, blanked, anchor, end.end, suffix.kind);
    const local = innermost(anchor, byStart, end.end);
    if (built.region && local.region) built.region = local.region;
    const branch = anchor.bodyRegion && branchRegion(anchors, anchor.end, end.end, anchor.bodyRegion);
    if (branch && built.region) built.region = branch;
    const rest = built.name.slice(anchor.canonical.length);
    if (CONCEPTS.test(rest) || GENERAL.test(rest)) continue;
    found.push(built);
    const other = sharedHead(text, blanked, anchors, anchor, end.end, suffix.kind);
    if (other) shared.push(other);
  }
  return [...longest(found), ...shared];
}

// 黑龙江省及哈尔滨市数字经济招商专班: two regions joined before one name each have that body.
function sharedHead(
  text: string,
  blanked: string,
  anchors: Anchor[],
  anchor: Anchor,
  end: number,
  kind: AgencyKind,
): Mention<'Agency'> | undefined {
  const first = anchors.find(
    (a) => a.region && a.end === anchor.start - 1 && /[及和与]/.test(text[a.end] ?? ''),
  );
  // (a region's own government or committee is named by rules of its own: 省政府 → 省人民政府)
  if (!first || !anchor.region || /^(政府|委|人民)/.test(text.slice(anchor.end, end))) return undefined;
  const other = build(text, blanked, first, end, kind);
  other.name = other.name.replace(text.slice(first.end, anchor.end), '');
  other.aliases = [];
  return other;
}

// 国家发展改革委党组书记指出: the body only describes a person's post, unless the person issues a
// document in its name.
function onlyAPost(text: string, end: number): boolean {
  return PERSON_TITLE.test(text.slice(end, end + 4)) && !ISSUES_AFTER.test(text.slice(end, end + 80));
}

function committeeAndGovernment(text: string, anchor: Anchor, end: number): Mention<'Agency'>[] {
  const region = anchor.region ?? anchor.canonical;
  const committee = {
    form: text.slice(anchor.start, anchor.end + 1),
    start: anchor.start,
    end: anchor.end + 1,
  };
  const government = { form: text.slice(anchor.end + 1, end), start: anchor.end + 1, end };
  const party = mention('Agency', `中共${anchor.canonical}委`, committee, { kind: 'party' });
  const state = mention('Agency', `${anchor.canonical}人民政府`, government, { kind: 'government' });
  party.aliases.push(committee.form.replace(/^中共/, ''));
  state.aliases.push(`${text.slice(anchor.start, anchor.end).replace(/^中共/, '')}政府`);
  party.region = region;
  state.region = region;
  return [party, state];
}

function build(
  text: string,
  blanked: string,
  anchor: Anchor,
  end: number,
  kind: AgencyKind,
): Mention<'Agency'> {
  const form = blanked.slice(anchor.start, end).replaceAll(BLANK, '');
  // 香港特区政府: 特区 repeats the 特别行政区 the canonical name already ends in
  const sar = anchor.canonical.endsWith('特别行政区');
  const written = blanked.slice(anchor.end, end).replaceAll(BLANK, '');
  const rest = sar ? written.replace(/^特区/, '') : written;
  // 南京市委, 省委宣传部: a region's party committee is officially 中共南京市委
  const committee =
    anchor.region && /^委(?!员)/.test(written) && regionByName(anchor.region)?.country === '中国';
  const prefix =
    anchor.region && (text.slice(anchor.start, anchor.end).startsWith('中共') || committee) ? '中共' : '';
  const governs = ['government', 'party', 'legislature', 'court', 'procuratorate'].includes(kind);
  // a bare 省/州 (省大数据管理中心) is no name of the region: the canonical one stands in for it
  const bare = anchor.end - anchor.start === 1;
  const head =
    governs || anchor.body || bare
      ? anchor.canonical
      : text.slice(anchor.start, anchor.end).replace(/^中共/, '');
  const place = anchor.region ?? anchor.bodyRegion;
  const country = place ? regionByName(place)?.country : undefined;
  const foreign = country && country !== '中国' && kind === 'government';
  const props = { kind: prefix ? ('party' as const) : foreign ? ('foreign' as const) : kind };
  // 区政府, 省政府办公厅: a mainland region's government is its 人民政府 (香港特别行政区政府 keeps its name)
  const official = rest.startsWith('政府') && country === '中国' && !sar ? `人民${rest}` : rest;
  // 管委会 is how a zone's 管理委员会 is written
  const full = governs ? official.replace(/管委会$/, '管理委员会') : official;
  const found = mention('Agency', `${prefix}${head}${full}`, { form, start: anchor.start, end }, props);
  // A company is placed by a city or province in its name (贵阳大数据交易所), not by a country in its
  // brand (中国移动).
  const brand = kind === 'company' && (!country || regionByName(anchor.region ?? '')?.level === 'country');
  if (anchor.region && !anchor.body && !brand) found.region = anchor.region;
  // 最高人民法院知识产权法庭, 美国商务部工业与安全局: a unit with a jurisdiction has its body's
  if (anchor.bodyRegion && governs) found.region = anchor.bodyRegion;
  if (anchor.body) found.parent = anchor.body;
  if (form !== found.name) found.aliases.push(form);
  return found;
}

// 成都市武侯区人民政府办公室: of regions written one inside the next, the last places the body.
function innermost(anchor: Anchor, byStart: Map<number, Anchor>, end: number): Anchor {
  let at = anchor;
  for (let next = byStart.get(at.end); next?.region && next.end < end; next = byStart.get(at.end)) {
    if (!at.region || !regionChain(next.region).includes(at.region)) break;
    at = next;
  }
  return at;
}

// 中国银保监会浙江监管局, 国家税务总局苏州市税务局: a national body's branch sits in the region its
// name gives after the body, one inside the body's own.
function branchRegion(anchors: Anchor[], from: number, to: number, within: string): string | undefined {
  const inside = (a: Anchor) => a.region && a.region !== within && regionChain(a.region).includes(within);
  return anchors.filter((a) => a.start >= from && a.end < to && inside(a)).at(-1)?.region;
}

// 中共 + region (+ 委): 中共广州市委金融委员会办公室.
function partyAnchor(text: string, anchor: Anchor | undefined): Anchor | undefined {
  if (!anchor?.region || text.slice(anchor.start - 2, anchor.start) !== '中共') return anchor;
  return { ...anchor, start: anchor.start - 2 };
}

// 和/与 between a complete body and what follows is a list (国家发展改革委和财政部), not part of a name.
function joinsTwoBodies(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const before = tokens[j - 1];
  return !!t && !!before && /^(和|与)$/.test(t.word) && !!suffixOf(before.word);
}

// A region or body mention that begins inside a token (国家发展改革委党组 tokenised oddly).
function partial(inside: Map<number, Anchor>, t: Token): Anchor | undefined {
  for (let at = t.start + 1; at < t.end; at++) {
    const a = inside.get(at);
    if (a?.start === at) return a;
  }
  return undefined;
}

// Names open at an anchor, so only the text from each anchor to a name's length after it, and the
// words before a company suffix, need tagging: far less than the whole text, and linear in it.
function windows(text: string, anchors: Anchor[]): [number, number][] {
  const spans: [number, number][] = anchors.map((a) => [
    Math.max(0, a.start - 2),
    Math.min(text.length, a.end + MAX_NAME),
  ]);
  // a few characters after the suffix, so that 银行业 is tagged as the word it is
  for (const m of text.matchAll(COMPANY))
    spans.push([Math.max(0, (m.index ?? 0) - 12), Math.min(text.length, (m.index ?? 0) + m[0].length + 3)]);
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of spans) {
    const last = merged.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

// 数据中心 is a building (全省数据中心机架), 大数据中心 a body; a name that goes on into 集群, 园区 …
// (中卫数据中心集群, 科技城管理中心园区) names a place, not the body.
function facility(tokens: Token[], i: number, text: string): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (PLACE_AFTER.test(text.slice(t.end, t.end + 2))) return true;
  return t.word.endsWith('数据中心') && !t.word.endsWith('大数据中心') && tokens[i - 1]?.word !== '大';
}

// 工业和信息化部组织制定: a suffix word the tagger reads as a verb, before another verb, is what the
// body does.
function acting(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t?.tag === 'v' && t.word.length > 1 && tokens[i + 1]?.tag === 'v';
}

// A company joined by a conjunction, or named only by common nouns before a bare 公司 or 银行 (not a
// legal form such as 有限公司), names a kind of company.
function generic(words: Token[], suffix: string): boolean {
  if (words.some((w) => w.tag === 'c' || w.tag === 'p')) return true;
  return !LEGAL_FORM.test(suffix) && words.length > 1 && words.every((w) => /^(n|vn|v|a)$/.test(w.tag));
}

function nominal(t: Token): boolean {
  if (t.word.replaceAll(BLANK, '') === '') return true;
  if (STOP_WORDS.test(t.word) || /[^\u4e00-\u9fa5A-Za-z]/.test(t.word)) return false;
  if (t.tag.startsWith('v') && t.tag !== 'vn') return NAME_VERBS.test(t.word);
  return /^(n|vn|j|b|a|x|zg|ng|l)/.test(t.tag) || t.tag === 'c' || t.tag === 'p';
}

// The tagger's organisation names (安全局/nt) end in a suffix even where a word like 全局 hides in them.
function suffixOf(word: string, tag = ''): { suffix: string; kind: AgencyKind } | undefined {
  if (tag !== 'nt') for (let n = 2; n <= 3; n++) if (NOT_BODIES.has(word.slice(-n))) return undefined;
  for (let n = Math.min(LONGEST_SUFFIX, word.length); n > 0; n--) {
    const kind = SUFFIXES.get(word.slice(-n));
    if (kind) return { suffix: word.slice(-n), kind };
  }
  return undefined;
}

function longest(found: Mention<'Agency'>[]): Mention<'Agency'>[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention<'Agency'>[] = [];
  for (const m of sorted) {
    const last = out.at(-1);
    if (last && m.start < last.end) {
      if (m.end > last.end && m.start === last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

// 杭州市经济和信息化局（杭州市数字经济局）, 中国信息通信研究院（简称“中国信通院”）.
function addShortNames(text: string, m: Mention<'Agency'>): void {
  const after = text.slice(m.end, m.end + 40);
  const alt = ALT_NAME.exec(after)?.[1];
  if (alt && suffixOf(alt)) m.aliases.push(alt);
  INTRO.lastIndex = 0;
  const intro = INTRO.exec(after);
  if (intro && intro.index === 0) m.aliases.push(intro[1] ?? intro[2] ?? '');
}
