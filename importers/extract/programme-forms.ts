// Programmes read by the form of their name rather than by a verb that calls them: designated
// zones (跨境电商综试区), fairs (2024 数博会), slogans known nationwide (一网统管) and the
// programme a notice is about (《关于开展第三批X试点工作的通知》).

import { tokenize } from '../../core/segment.ts';
import { knownProgrammes } from './gazetteer/programmes.ts';
import { LAST_VERB, ORDINAL } from './programme-words.ts';
import { type Mention, mention } from './types.ts';

// A designated zone, named from the start of its clause or after the verb that builds it:
// 跨境电商综试区, 深圳湾人工智能产业集聚区, 数字经济发展创新区核心区.
const ZONE =
  /(?<![\u4e00-\u9fa5])[\u4e00-\u9fa5]{2,30}?(?:综合试验区|综试区|试验区|示范区|先行区|先导区|创新区|集聚区|自贸区)(?:核心区)?/g;
// … but zones of a kind, spread over places or counted, are no one zone: 建设一批…先导区,
// 各区打造…示范区, 深圳等地…建设…集聚区, 打造20个以上…先导区; nor is a phrase with 的 or 向 in it.
const KIND_IN_SENTENCE = /各[区地类市县级]|等地|一批|若干|多个|一些/;
const KIND_IN_CLAUSE = /\d|个以上|[一二三四五六七八九十]+个/;
const NOT_A_NAME = /[和及与、的向对把将]/;
// … though 向 inside a word is no preposition (双向经贸投资推介会, 面向).
const notAName = (name: string) => NOT_A_NAME.test(name.replace(/[双单多定导面]向/g, ''));
const SPEAKER = /^(?:我国|我省|我市|我区|本市|本省)/;
// A notice or opinion on carrying out a programme names it, in 《》 or as a heading without them:
// 《关于开展第三批X城市试点工作的通知》, 北京市通信管理局关于开展2024年…网络与数据安全检查的通知.
const TITLE_PROGRAMME =
  /关于(?:组织)?(?:开展|实施|推进|深入实施|启动)((?:\d{4}年)?[\u4e00-\u9fa5×+]{2,30}?(?:试点|工程|专项行动|行动|检查|专项整治|评选|活动))(?:工作)?的(?:通知|意见|方案|公告|通告)/g;

type Range = { start: number; end: number };

/** Programmes named by form in `text`; `titles` are the spans of its 《》 titles. */
export function programmesByForm(text: string, titles: Range[]): Mention<'Initiative'>[] {
  const outside = [
    ...zones(text),
    ...expos(text),
    ...events(text),
    ...campaignWeeks(text),
    ...reaches(text),
    ...deployed(text),
    ...known(text),
  ].filter((m) => !titles.some((t) => m.start >= t.start && m.end <= t.end));
  return [...outside, ...titleProgrammes(text, titles)];
}

function zones(text: string): Mention<'Initiative'>[] {
  const out: Mention<'Initiative'>[] = [];
  for (const m of text.matchAll(ZONE)) {
    const run = m[0];
    // 新增A、B为X示范区: the zone is named after 为
    const named = run.replace(LAST_VERB, '').replace(/^.*为/, '');
    const name = leadingVerbsOff(named.replace(SPEAKER, '').replace(ORDINAL, ''));
    const end = (m.index ?? 0) + run.length;
    const sentence = /[^。；！？\n]*$/.exec(text.slice(0, end))?.[0] ?? '';
    const clause = /[^，。；！？\n]*$/.exec(sentence)?.[0] ?? '';
    // at least two characters of name before the zone word
    if (name.length < 5 || notAName(name) || KIND_IN_SENTENCE.test(sentence) || KIND_IN_CLAUSE.test(clause))
      continue;
    out.push(mention('Initiative', name, { form: name, start: end - name.length, end }, {}));
  }
  return out;
}

// 依托海峡两岸…示范区, 支持贵阳…创新区: a verb, preposition or adverb before a name is not part of it.
function leadingVerbsOff(name: string): string {
  const words = tokenize(name);
  const first = words.findIndex((w) => !/^[vpdc]$/.test(w.tag));
  return first <= 0 ? name : name.slice(words[first]?.start ?? 0);
}

// Events a text says are held, down the list after 举办 or 举行 (举办全球创投峰会、全球程序员节…):
// summits, conferences, contests, festivals, promotion meetings; the final of a contest is the contest.
const HOLDING = /举办|举行/g;
// Words of time or count before an event's name: 每年, 今年, 首届, 第三届.
const WHEN = /^(?:了|过|将|每年|今年|本年度?|去年|明年|本届|首届|第[一二三四五六七八九十\d]+届)+/;
const EVENT =
  /^(?:(?:“[^“”]{1,8}”)?[\u4e00-\u9fa5（）－]){4,30}?(?:峰会|大会|大赛|推介会|洽谈会|交易会|节)(?=总决赛|决赛|开幕式|等|$|[^\u4e00-\u9fa5])/;

function events(text: string): Mention<'Initiative'>[] {
  const out: Mention<'Initiative'>[] = [];
  for (const m of text.matchAll(HOLDING)) {
    const from = (m.index ?? 0) + m[0].length;
    const sentence = /^[^。；！？\n]*/.exec(text.slice(from, from + 200))?.[0] ?? '';
    let at = from;
    for (const item of sentence.split(/[、，]/)) {
      const name = EVENT.exec(item.replace(/^.*(?:举办|举行)/, '').replace(WHEN, ''))?.[0];
      const start = name ? text.indexOf(name, at) : -1;
      if (name && start >= 0 && !notAName(name))
        out.push(mention('Initiative', name, { form: name, start, end: start + name.length }, {}));
      at += item.length + 1;
    }
  }
  return out;
}

// A publicity week is a national campaign by its form: 2024年国家网络安全宣传周.
const WEEK = /(?:(\d{4})\s*年)?([\u4e00-\u9fa5]{2,12}宣传周)/g;

function campaignWeeks(text: string): Mention<'Initiative'>[] {
  const out: Mention<'Initiative'>[] = [];
  for (const m of text.matchAll(WEEK)) {
    const bare = leadingVerbsOff((m[2] ?? '').replace(LAST_VERB, '').replace(/^.*[在于从]/, '')).replace(
      WHEN,
      '',
    );
    if (bare.length < 5) continue;
    const end = (m.index ?? 0) + m[0].length;
    const name = m[1] ? `${m[1]}年${bare}` : bare;
    const start = m[1] ? (m.index ?? 0) : end - bare.length;
    const found = mention('Initiative', name, { form: text.slice(start, end), start, end }, {});
    if (m[1]) found.aliases.push(bare);
    out.push(found);
  }
  return out;
}

// A reach of services is a programme by its form: 10分钟政务圈, 15分钟便民生活圈, 半小时通勤圈.
const REACH = /(?<![\d.])(?:\d{1,2}|半|一)(?:分钟|小时)[\u4e00-\u9fa5]{1,6}?圈(?![\u4e00-\u9fa5])/g;

function reaches(text: string): Mention<'Initiative'>[] {
  return [...text.matchAll(REACH)].map((m) => {
    const start = m.index ?? 0;
    return mention('Initiative', m[0], { form: m[0], start, end: start + m[0].length }, {});
  });
}

// The work a document carries out on a higher body's deployment names a programme: 根据教育部关于
// 义务教育免试就近入学工作的总体部署 → 义务教育免试就近入学.
const DEPLOYMENT =
  /(?:根据|按照|依据|落实|贯彻)[^，。；《》]{0,30}?关于((?:(?!关于)[\u4e00-\u9fa5]){4,20}?)(?:工作)?的(?:总体|决策|重要|系列)?(?:部署|要求|安排)/g;

function deployed(text: string): Mention<'Initiative'>[] {
  return [...text.matchAll(DEPLOYMENT)].flatMap((m) => {
    const name = m[1] ?? '';
    // 关于加强数据管理的要求: a task to do, not the name of a programme
    const head = tokenize(name)[0]?.tag ?? '';
    if (notAName(name) || /^[vdp]/.test(head)) return [];
    const start = (m.index ?? 0) + m[0].indexOf(`关于${name}`) + 2;
    return [mention('Initiative', name, { form: name, start, end: start + name.length }, {})];
  });
}

// Fairs go by a short name of one character and 博会 (2024 数博会) or a full name ending in 博览会.
function expos(text: string): Mention<'Initiative'>[] {
  const out: Mention<'Initiative'>[] = [];
  for (const m of text.matchAll(/博会|博览会/g)) {
    const at = m.index ?? 0;
    const from = Math.max(0, at - 16);
    const words = tokenize(text.slice(from, at + m[0].length), from);
    const fair = words.at(-1);
    if (fair?.word !== m[0]) continue;
    const head = m[0] === '博会' ? words.slice(-2, -1) : nounsBefore(words.slice(0, -1));
    const first = head[0];
    const short = m[0] === '博会' && first?.word.length === 1;
    if (!first || !/^[\u4e00-\u9fa5]+$/.test(first.word) || (!short && at - first.start < 4)) continue;
    const name = text.slice(first.start, fair.end);
    const found = mention('Initiative', name, { form: name, start: first.start, end: fair.end }, {});
    const year = /(\d{4})\s*年?\s*$/.exec(text.slice(Math.max(0, first.start - 8), first.start))?.[1];
    if (year) found.aliases.push(`${year}${name}`);
    out.push(found);
  }
  return out;
}

// The words that name a thing, back from its head: nouns, places, adjectives …
function nounsBefore(words: { word: string; tag: string; start: number }[]): typeof words {
  let i = words.length;
  // … up to a conjunction: 交易会暨…博览会 are two fairs
  while (
    i > 0 &&
    /^(n|a|b|j|vn)/.test(words[i - 1]?.tag ?? '') &&
    !/^[暨和与及]$/.test(words[i - 1]?.word ?? '')
  )
    i--;
  return words.slice(i);
}

function titleProgrammes(text: string, titles: Range[]): Mention<'Initiative'>[] {
  // a title in 《》 begins with 关于; one without them may have its issuer before it
  const inTitle = (at: number) => titles.find((t) => t.start < at && at < t.end);
  return [...text.matchAll(TITLE_PROGRAMME)].flatMap((m) => {
    const at = m.index ?? 0;
    const title = inTitle(at);
    const written = m[1];
    if (!written || (title && title.start + 1 !== at)) return [];
    const name = written.replace(ORDINAL, '');
    const start = at + m[0].indexOf(written) + (written.length - name.length);
    const found = mention('Initiative', name, { form: name, start, end: start + name.length }, {});
    if (name !== written) found.aliases.push(written);
    return [found];
  });
}

function known(text: string): Mention<'Initiative'>[] {
  return knownProgrammes(text).map((m) => mention('Initiative', m.form, m, {}));
}
