// Named documents: titles in 《》 (nested marks and line breaks included), their status, type,
// document number, the short names an article introduces for them, and later references.
import type { PolicyProps, PolicyStatus } from '../../core/model.ts';
import { scanRegions } from './gazetteer/regions.ts';
import { type Mention, mention } from './types.ts';

/** Document types by how a title ends, longest first so 实施细则 wins over 细则. */
const DOC_TYPES = [
  '实施意见',
  '指导意见',
  '实施细则',
  '实施办法',
  '暂行办法',
  '管理办法',
  '行动计划',
  '行动方案',
  '工作方案',
  '政策措施',
  '若干措施',
  '征求意见稿',
  '审议稿',
  '白皮书',
  '工作报告',
  '蓝皮书',
  '路线图',
  '战略',
  '法案',
  '条例',
  '规定',
  '办法',
  '细则',
  '规则',
  '意见',
  '方案',
  '计划',
  '规划',
  '纲要',
  '通知',
  '决定',
  '决议',
  '公约',
  '议程',
  '契约',
  '协定',
  '报告',
  '指南',
  '指引',
  '标准',
  '规范',
  '准则',
  '措施',
  '清单',
  '目录',
  '章程',
  '宣言',
  '倡议',
  '司法解释',
  '解释',
  '倡议书',
  '承诺',
  '框架',
  '通告',
  '公告',
  '统计公报',
  '联合公报',
  '批复',
  '草案',
  '守则',
  '工作要点',
  '要点',
  '导则',
  '名单',
  '法',
].sort((a, b) => b.length - a.length);

/** Kinds of document that govern no territory of their own. */
export const UNTERRITORIAL = new Set([
  '报告',
  '统计公报',
  '联合公报',
  '白皮书',
  '蓝皮书',
  '公约',
  '决议',
  '议程',
  '契约',
  '协定',
  '宣言',
]);

const STATUS_WORDS: [RegExp, PolicyStatus][] = [
  [/征求意见稿/, 'consultation'],
  [/审议稿/, 'review'],
  [/草案/, 'draft'],
  [/试行/, 'trial'],
];

// What may follow a closing 》: a status, a document number, a short name.
const TRAILER =
  /^[ \t]*(?:[（(][ \t]*((?:公开)?征求意见稿|草案|试行|审议稿)[ \t]*[）)]|(征求意见稿|审议稿|草案稿|草案)(?![\u4e00-\u9fa5]{0,1}[规法]))/;
const NUMBER = /^[ \t]*[（(]([\u4e00-\u9fa5]{1,14}[〔［[(（]\d{4}[〕］\])）]\d+号)[）)]/;
// A standard by its number, before or after its title: GB 44495—2024《…》, 《…》GB/T 22239-2019.
const STANDARD_NUMBER = String.raw`(?:GB|GB/[TZ]|[A-Z]{2}/[TZ]|DB\d{2,6}/T|T/[A-Z]{2,10})\s*\d+(?:\.\d+)?\s*[—–-]\s*\d{4}`;
const NUMBER_BEFORE = new RegExp(`(${STANDARD_NUMBER})\\s*$`);
const NUMBER_AFTER = new RegExp(`^\\s*(${STANDARD_NUMBER})`);
// … or by the kind of text named before it: 国家标准《…基本要求》, 专家的文章《Bolstering …》.
const TYPE_BEFORE = /((?:国家|行业|地方|团体)?标准|文章|论文|报告)$/;
const SHORT_NAME = /^[ \t]*[（(](?:以下)?(?:简称)?[：:]?[《“"]([^》”"）)]{1,30})[》”"][）)]/;
const FOLLOWING_TYPE =
  /^[ \t]*(报告|白皮书|蓝皮书|文件|决议|倡议|宣言|公约|协定|(?:团体|行业|国家|地方)?标准)/;
const REFERENCE = /该(法案|规定|办法|意见|条例|方案|计划|细则|规则|草案|措施|规划|标准|指南|规范|法)/g;
// Documents named without 《》 but with a quoted nickname: “十四五”规划, “智算券”管理办法.
const NICKNAMED = /“([^“”\n]{2,12})”(管理办法|实施细则|实施办法|暂行办法|条例|规定|办法|规划|纲要)/g;

// A law cited as a basis without 《》: 依据我国价格法, 根据网络安全法 (not 依照有关法律, 相关法规).
const UNMARKED_LAW =
  /(?<=(?:根据|依据|依照|按照)(?:我国|国家)?)(?!我国|国家|有关|相关|其他|法定)([\u4e00-\u9fa5]{2,10}?法)(?![律规定院人治制官庭理务典学则])/g;

/** 根据《X》, 依据《A》《B》: the titles after it are cited as a basis. */
export const CITED_AS_BASIS = citedBy('根据|依据|依照|按照');

/** Whether a title right after `before` is cited by one of `verbs` (根据《A》《B》…), as a regex. */
export function citedBy(verbs: string): RegExp {
  return new RegExp(`(${verbs})(《[^《》]*》[、和及]?)*$`);
}

/** The text before a mention, far enough back for a list of cited titles. */
export function textBefore(text: string, at: number): string {
  return text.slice(Math.max(0, at - 40), at);
}

/** Every document an article names, in text order; references resolve within the article. */
export function findPolicies(text: string): Mention<'Policy'>[] {
  const known: Mention<'Policy'>[] = [];
  const out: Mention<'Policy'>[] = [];
  for (const t of titles(text)) {
    // 《实施意见》 inside （以下简称《实施意见》） belongs to the title before it.
    if (out.some((p) => t.start < p.end)) continue;
    const after = text.slice(t.end, t.end + 80);
    const found = readTitle(t, after, text.slice(Math.max(0, t.start - 24), t.start));
    if (!found) continue;
    const basis = CITED_AS_BASIS.test(textBefore(text, t.start));
    const short = abbreviated(found.name, known);
    // a national title cited as a basis (根据《X》) is not the local 江苏省X based on it
    const same =
      known.find((k) => names(k).includes(found.name)) ??
      (short && !(basis && regionPrefixed(short.name, found.name)) ? short : undefined);
    if (same) {
      out.push({ ...found, name: same.name, props: same.props, aliases: found.aliases });
      if (!names(same).includes(found.name)) same.aliases.push(found.name);
      continue;
    }
    known.push(found);
    out.push(found, ...nested(t, known));
  }
  const nicknames = nicknamed(text);
  for (const found of [...unmarked(text), ...workReports(text)]) {
    if ([...out, ...nicknames].some((p) => p.start < found.end && found.start < p.end)) continue;
    const same = known.find((k) => names(k).includes(found.name)) ?? abbreviated(found.name, known);
    if (same) out.push({ ...found, name: same.name, props: same.props });
    else out.push(found);
  }
  out.push(...references(text, out), ...nicknames, ...unmarkedLaws(text, out));
  return out.sort((a, b) => a.start - b.start);
}

/** The article title as another name: 国家发展改革委等部门关于X的实施意见 for 《关于X的实施意见》. */
export function titleAlias(title: string, policy: Mention<'Policy'>): string | undefined {
  const about = title.replace(/\s+/g, '').indexOf('关于');
  const compact = title.replace(/\s+/g, '');
  if (about <= 0) return undefined;
  return compact.slice(about) === policy.name ? compact : undefined;
}

// A title that is itself a document's: 中共中央办公厅 国务院办公厅关于加快公共数据资源开发利用的意见.
const DOCUMENT_TITLE =
  /^(.*?)(关于[^《》]{4,80}的(?:实施意见|指导意见|意见|通知|决定|办法|规定|方案|批复|公告|通告))$/;
// 国务院办公厅关于印发《X》的通知, 工业和信息化部等七部门印发《X》: the bodies, then the document.
const ISSUING_TITLE = /^(.*?)(?:关于印发|联合印发|印发|发布|出台|公布)了?(《.+)$/;

/**
 * The document an article's title names with the bodies before it: a title that is the document's
 * own (中共中央办公厅 国务院办公厅关于…的意见), or one that says who issued it (X关于印发《Y》的通知,
 * X印发《Y》). `issuers` is the text before, for the caller to read bodies from.
 */
export function titleDocument(title: string): { issuers: string; policy: Mention<'Policy'> } | undefined {
  const compact = title.replace(/\s+/g, ' ').trim();
  const issuing = ISSUING_TITLE.exec(compact);
  const named = issuing?.[2] ? findPolicies(issuing[2])[0] : undefined;
  if (issuing && named)
    return { issuers: issuing[1] ?? '', policy: { ...named, form: title, start: 0, end: 0 } };
  const m = DOCUMENT_TITLE.exec(compact.replace(/(?<=[\u4e00-\u9fa5]) (?=关于)/, ''));
  const name = m?.[2]?.replace(/\s+/g, '');
  const docType = name && docTypeOf(name);
  if (!m || !name || !docType) return undefined;
  const policy = mention('Policy', name, { form: title, start: 0, end: 0 }, { docType });
  const full = compact.replace(/\s+/g, '');
  if (full !== name) policy.aliases.push(full);
  return { issuers: m[1] ?? '', policy };
}

export function docTypeOf(name: string): string | undefined {
  const bare = name.replace(/[（(][^（）()]*[）)]$/, '').replace(/[（(][^（）()]*[）)]$/, '');
  if (NOT_LAW.test(bare)) return undefined;
  return DOC_TYPES.find((t) => bare.endsWith(t));
}

// Words that end in 法 and name no law: 评价方法, 推荐算法, 典型做法.
const NOT_LAW = /(方|算|做|手|语|用|说|看|想|写)法$/;

function readTitle(
  t: { inner: string; start: number; end: number },
  after: string,
  before = '',
): Mention<'Policy'> | undefined {
  const name = clean(t.inner);
  let rest = after;
  let used = 0;
  const take = (m: RegExpExecArray | null) => {
    if (m) {
      used += m[0].length;
      rest = rest.slice(m[0].length);
    }
    return m;
  };
  const trailer = take(TRAILER.exec(rest));
  const number = take(NUMBER.exec(rest));
  const short = take(SHORT_NAME.exec(rest));
  const standard = (NUMBER_BEFORE.exec(before) ?? NUMBER_AFTER.exec(rest))?.[1];
  // a title put out for comment is a draft document, whatever its last word (…证书管理协议》征求意见稿)
  const docType =
    docTypeOf(name) ??
    FOLLOWING_TYPE.exec(rest)?.[1] ??
    (standard ? '标准' : undefined) ??
    (TYPE_BEFORE.exec(before)?.[1]?.replace(/^.*标准$/, '标准') || undefined) ??
    (trailer?.[2] === '征求意见稿' || trailer?.[1]?.endsWith('征求意见稿') ? '征求意见稿' : undefined);
  if (!docType || name.length < 2) return undefined;
  const statusText = `${name}${trailer?.[1] ?? trailer?.[2] ?? ''}`;
  const props: PolicyProps = {
    docType,
    ...statusOf(statusText),
    ...(number?.[1] ? { number: number[1] } : {}),
  };
  const found = mention('Policy', name, { form: `《${t.inner}》`, start: t.start, end: t.end }, props);
  const withMarks = t.inner.replace(/\s+/g, '');
  if (withMarks !== name) found.aliases.push(withMarks);
  if (trailer) found.aliases.push(`${name}${trailer[0].trim()}`);
  if (number?.[1]) found.aliases.push(number[1]);
  if (standard) found.aliases.push(standard);
  if (short?.[1]) found.aliases.push(short[1]);
  found.end = t.end + (short ? used : 0);
  return found;
}

// 《<X>有关实施细则》 also names X, a document of its own.
function nested(t: { inner: string; start: number }, known: Mention<'Policy'>[]): Mention<'Policy'>[] {
  const m = /[<〈《]([^<>〈〉《》]+)[>〉》]/.exec(t.inner);
  const name = m?.[1] && clean(m[1]);
  const docType = name && docTypeOf(name);
  if (!m || !name || !docType || known.some((k) => k.name === name)) return [];
  const start = t.start + 1 + m.index;
  const found = mention('Policy', name, { form: m[0], start, end: start + m[0].length }, { docType });
  known.push(found);
  return [found];
}

function statusOf(text: string): { status?: PolicyStatus } {
  const hit = STATUS_WORDS.find(([re]) => re.test(text));
  return hit ? { status: hit[1] } : {};
}

function names(p: Mention<'Policy'>): string[] {
  return [p.name, ...p.aliases];
}

// 《措施》 for 《…若干政策措施》, 《登记实施细则》 for 《安徽省公共数据资源登记实施细则（试行）》: a shorter
// title whose characters appear in order in a known one and that ends with the same document type.
function abbreviated(name: string, known: Mention<'Policy'>[]): Mention<'Policy'> | undefined {
  const type = docTypeOf(name);
  if (!type) return undefined;
  const fits = known.filter(
    (k) =>
      k.name.length > name.length && docTypeOf(k.name)?.endsWith(type.slice(-2)) && subsequence(name, k.name),
  );
  // 《办法》, no more than the type, is the article's own document, the first named; a longer short
  // name the latest it fits
  return name === type ? fits[0] : fits.at(-1);
}

function regionPrefixed(long: string, short: string): boolean {
  const prefix = long.slice(0, long.length - short.length);
  return long.endsWith(short) && scanRegions(prefix).some((r) => r.start === 0 && r.end === prefix.length);
}

function subsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

// 该法案 refers to the latest document of that type mentioned before it.
function references(text: string, found: Mention<'Policy'>[]): Mention<'Policy'>[] {
  const out: Mention<'Policy'>[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    const at = m.index ?? 0;
    const type = m[1] ?? '';
    const target = found.filter((p) => p.start < at && refersTo(type, p.props.docType ?? '')).at(-1);
    if (target) out.push({ ...target, form: m[0], start: at, end: at + m[0].length, aliases: [] });
  }
  return out;
}

// 该标准 also names a 规范, 指南 or 规则 published as a standard (《公共数据授权运营管理规范》地方标准).
const STANDARD_KINDS = /(标准|规范|指南|规则|导则|要求|术语)$/;

function refersTo(type: string, docType: string): boolean {
  return docType.endsWith(type) || (type === '标准' && STANDARD_KINDS.test(docType));
}

// A national law goes by its short name: 价格法 is 中华人民共和国价格法.
function unmarkedLaws(text: string, titled: Mention<'Policy'>[]): Mention<'Policy'>[] {
  const out: Mention<'Policy'>[] = [];
  for (const m of text.matchAll(UNMARKED_LAW)) {
    const short = m[1] ?? '';
    if (NOT_LAW.test(short) || scanRegions(short).some((r) => r.start === 0)) continue;
    const name = `中华人民共和国${short}`;
    const start = m.index ?? 0;
    const known = titled.find((p) => p.name === name || p.aliases.includes(short));
    const found = mention(
      'Policy',
      known?.name ?? name,
      { form: short, start, end: start + short.length },
      {
        docType: '法',
      },
    );
    found.aliases.push(short);
    out.push(found);
  }
  return out;
}

// A document named without 《》 after the verb that issues or discusses it, as far as a type that
// ends a title (研究推动保险业高质量发展的若干意见, 出台新一代人工智能发展行动计划和…), or quoted
// whole (发布“政务类公共信息开放标准”); never a kind of document (出台相关政策措施, 印发实施方案), nor
// one a plan says is to be drawn up (制定X管理办法: a task, no document yet).
// … the long types of DOC_TYPES, which end a title (not a draft or a communiqué), and a few more
const TITLE_ENDINGS = [
  ...DOC_TYPES.filter((t) => t.length >= 4 && !/征求意见稿|工作报告|公报|司法解释/.test(t)),
  ...['若干意见', '实施方案', '发展规划', '条措施', '条例'],
];
const UNMARKED = new RegExp(
  `(?:印发|出台|发布|研究|审议通过|推出)了?(“?)((?:(?!印发|出台|发布|制定)[\\u4e00-\\u9fa5\\d“”]){4,40}?(?:${TITLE_ENDINGS.join('|')}))\\1(?=[，。；、和及与\\s]|$)`,
  'g',
);
const A_KIND = /^(?:相关|有关|一系列|系列|配套|多项|一批|新的|本|该|此|各项|具体)/;

function unmarked(text: string): Mention<'Policy'>[] {
  const out: Mention<'Policy'>[] = [];
  for (const m of text.matchAll(UNMARKED)) {
    const name = m[2] ?? '';
    const docType = docTypeOf(name) ?? '';
    // …15条措施条措施 is a line the converter doubled
    const doubled = !!docTypeOf(name.slice(0, -docType.length).replace(/条$/, ''));
    if (
      A_KIND.test(name) ||
      name.length < docType.length + 4 ||
      doubled ||
      /[“”]/.test(name.replace(/“[^“”]+”/g, ''))
    )
      continue;
    const start = (m.index ?? 0) + m[0].length - name.length - (m[1]?.length ?? 0);
    out.push(mention('Policy', name, { form: name, start, end: start + name.length }, { docType }));
  }
  return out;
}

// A government's work report goes without 《》, by its year and place: 2022年江苏省政府工作报告,
// 深圳2019年政府工作报告 (→ 深圳市2019年政府工作报告); bare, it is the one the article is about.
const WORK_REPORT = /政府工作报告/g;
const YEAR = /(\d{4})年?$/;

function workReports(text: string): Mention<'Policy'>[] {
  const out: Mention<'Policy'>[] = [];
  for (const m of text.matchAll(WORK_REPORT)) {
    let start = m.index ?? 0;
    const end = start + m[0].length;
    const yearAfter = YEAR.exec(text.slice(Math.max(0, start - 5), start));
    if (yearAfter) start -= yearAfter[0].length;
    const place = scanRegions(text.slice(Math.max(0, start - 10), start)).filter(
      (r) => r.end === Math.min(10, start),
    )[0];
    if (place) start -= place.form.length;
    const yearBefore = !yearAfter && YEAR.exec(text.slice(Math.max(0, start - 5), start));
    if (yearBefore) start -= yearBefore[0].length;
    const form = text.slice(start, end);
    const full = place?.candidates[0]?.name;
    const name = full && place ? form.replace(place.form, full) : form;
    const found = mention('Policy', name, { form, start, end }, { docType: '工作报告' });
    if (form !== name) found.aliases.push(form);
    const yearless = name.replace(/\d{4}年?/, '');
    if (yearless !== name) found.aliases.push(yearless);
    out.push(found);
  }
  return out;
}

function nicknamed(text: string): Mention<'Policy'>[] {
  return [...text.matchAll(NICKNAMED)].map((m) => {
    const start = m.index ?? 0;
    const at = { form: m[0], start, end: start + m[0].length };
    return mention('Policy', m[0], at, { docType: m[2] ?? '' });
  });
}

/** Title text without the inner marks of a nested title, line breaks or layout spaces. */
function clean(inner: string): string {
  return inner.replace(/[<>〈〉＜＞《》]/g, '').replace(/(?<=[^A-Za-z0-9])\s+|\s+(?=[^A-Za-z0-9\s])/g, '');
}

/** 《…》 spans, nested marks allowed, at most 150 characters, across line breaks. */
function titles(text: string): { inner: string; start: number; end: number }[] {
  const out: { inner: string; start: number; end: number }[] = [];
  let from = text.indexOf('《');
  while (from >= 0) {
    let depth = 0;
    let close = -1;
    for (let i = from; i < Math.min(text.length, from + 152); i++) {
      const c = text[i];
      if (c === '《') depth++;
      else if (c === '》' && --depth === 0) {
        close = i;
        break;
      }
    }
    if (close > from + 1) {
      out.push({ inner: text.slice(from + 1, close), start: from, end: close + 1 });
      from = text.indexOf('《', close);
    } else from = text.indexOf('《', from + 1);
  }
  return out;
}
