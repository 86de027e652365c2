// Figures: a number with its unit (150EFlops, 75亿元, 1.88万亿元, 超过20%, 10.8亿人), the year it is for,
// whether it is a target or a result, and a short name of what it measures.
import type { MetricKind, MetricProps } from '../../core/model.ts';
import { multiplier, parseNumber } from './numbers.ts';
import { type Span, spanAt, splitClauses, splitParagraphs, splitSentences } from './sentences.ts';
import { type Mention, mention } from './types.ts';

const UNITS = [
  '亿美元',
  '万美元',
  '美元',
  '欧元',
  '英镑',
  '日元',
  '港元',
  '韩元',
  '澳元',
  '加元',
  '新台币',
  '卢布',
  '卢比',
  '法郎',
  '林吉特',
  '雷亚尔',
  '亿元',
  '万元',
  '元',
  '个工作日',
  '个月',
  '小时',
  '分钟',
  '天',
  '人次',
  '人',
  '名',
  '家',
  '个百分点',
  '个',
  '项',
  '座',
  '笔',
  '件',
  '起',
  '标准机架',
  '机架',
  '架',
  '亩',
  '台',
  '套',
  '户',
  '吨',
  '千瓦时',
  '千瓦',
  '兆瓦',
  '平方公里',
  '平方米',
  '平米',
  '公里',
  '所',
  '辆',
  '倍',
  '颗',
  '款',
  'GW',
  'MW',
  'GB',
  'TB',
  'PB',
  'EB',
  'Gbps',
  'Tbps',
  '[EPT]Fl+ops',
  '%',
  '％',
];
// After 万 or 亿 a few more units make sense (12亿条 records, 6000亿次 calls, 12.3万路 video feeds,
// 2.6万P of computing power), and a bare 8000万 counts on its own, as does 20多万 before what it
// counts (20多万华商).
const BIG_UNITS = [...UNITS, '条', '次', '路', 'P'];
// 新设百亿产业基金: an amount before a fund is in 元.
const MONEY_NOUN = /(?:产业|专项|引导|发展|投资)?(?:基金|资金)/;
const MONEY_AFTER = new RegExp(`^${MONEY_NOUN.source}`);
const FIGURE = new RegExp(
  `(?<![\\dA-Za-z.．第])(\\d+(?:,\\d{3})*(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千点]+(?=\\s*[万亿]))\\s*(余|多)?\\s*(?:(万亿|亿|万)\\s*(${BIG_UNITS.join('|')}|(?=[，。；、）)\\s]|$)|(?<=[余多]\\s*[万亿]+\\s*)(?=[\\u4e00-\\u9fa5])|(?=${MONEY_NOUN.source}))|(${UNITS.join('|')}))(?![A-Za-z])(以上|以内|以下|余|左右|多)?`,
  'giu',
);
// A long run of digits (id=20240918084858) is an identifier, not an amount.
const IDENTIFIER = /^\d{10,}$/;
const RANGE_FROM = /(?<![\d.])(\d+(?:\.\d+)?)\s*[—–~～\-至]\s*$/;
const PERCENT_WORDS = /百分之([零〇一二两三四五六七八九十百点]+)/g;

const QUALIFIERS =
  /(预计达到|不少于|不低于|不超过|不高于|超过|突破|达到|累计|预计|规划|提升|提高|下降|降低|减少|缩短|超|达|约|近|逾)\s*$/;
// Counts of a text's own parts (9个方面, 25条共计98项举措, 10个工作日) are not figures about the world.
const STRUCTURAL =
  /^[^，。；、]{0,8}?(方面|部分|阶段|层面|维度|举措|措施|事项|指标|目标|章|条款|环节|任务|原则|政策)/;
// A time a rule allows (在10个工作日内办理) is a deadline, not a figure; a time cut to (压缩至3个工作日内)
// or promised (7小时办结) is one.
const TIME_UNIT = /^(个工作日|个月|小时|分钟|天)$/;
// 15分钟生活圈 names a reach, not a figure.
const DEADLINE_AFTER = /^(内|[\u4e00-\u9fa5]{0,3}圈)/;
const CUT_TO = /(至|到|压缩|缩短|压减|减少|控制在)\s*$/;
// A count closing a list of co-acting bodies (A、B等20余家单位) counts who acted, not anything measured;
// 等40座城市实现… still is a figure.
const LIST_COUNT = /等\s*$/;
const BODIES_AFTER = /^(单位|部门|机构|部委|成员单位)/;
// 跻身全国169个国家级新区第11位: a count before a rank is the field ranked in, not a figure.
const RANK_AFTER = /^[^，。；、]{0,12}第\s*[\d一二三四五六七八九十]+\s*[位名]/;
// 如果不支付200万美元…, 适用于…至少装有1个电子控制单元的车辆: a condition or a scope, not a figure.
const CONDITION = /(如果|假如|倘若|一旦|适用于)/;
// Grants per beneficiary (最高给予1000万元) are rules of a scheme, not figures about its subject.
const GRANT = /(最高|给予|奖励|补助|补贴|资助)\s*$/;
// 承诺…7小时办结, 年内实现, 要求…应具备6项: promises and requirements are targets too (要求 alone is
// as often the noun of a standard's title: 技术要求).
const TARGET =
  /力争|到\s*\d{4}\s*年|目标|将(?:达到|突破|实现)|计划|争取|规划|不少于|不低于|不超过|提出|承诺(?!进行|的|书|情况|制)|年内|应当|(?:应|须)(?=具备|达到|不[低少超高]|满足|实现|覆盖|保持|在)/;
// A verb that ends the words before a count: the thing counted follows (打造10个数据集).
const ACTION_END =
  /(打造|培育|建成|形成|集聚|引进|建设|开展|发布了?|实现|完成|新增|新设|新投用|投用|提供|吸引了?|接入|累计在?|落地|推进|推动|保障)$/;
// 比2020年下降13.5%: the year of the base a change is measured from dates nothing; 较2023年底的24EFlops
// is a figure of that year.
const BASE_YEAR = /(比|较|相比|相较|同)\s*$/;
const CHANGE = /^(底|末)?(同期)?(累计)?(下降|降低|减少|增长|增加|提高|提升|上升|缩短|压减|翻)/;
// 2021年上半年: a part of a year is what its passage reports on, wherever the year stands.
const PERIOD_OF_YEAR = /^\s*(上半年|下半年|前三季度|一季度|二季度|三季度|四季度|第[一二三四]季度)/;
// 2024至2026年 is a range, 截至2024年 a date.
const YEAR = /(?<![\d—–\-~]|(?<!截)至)(\d{4})\s*年(?![\d—–\-~至])/g;

/** Every figure of the text, with its year from the clause, the sentence, the paragraph or the article. */
export function findMetrics(text: string): Mention<'Metric'>[] {
  const sentences = splitSentences(text);
  const paragraphs = splitParagraphs(text);
  const years = yearMentions(text);
  const topics = years.filter((y) => y.topic);
  const out: Mention<'Metric'>[] = [];
  const said: Said[] = [];
  for (const m of figures(text)) {
    const sentence = spanAt(sentences, m.start);
    if (!sentence) continue;
    const clause = splitClauses(sentence).find((c) => c.start <= m.start && m.start < c.end) ?? sentence;
    const before = text.slice(clause.start, m.start);
    const structural = m.unit !== '%' && STRUCTURAL.test(text.slice(m.end, clause.end));
    if (TIME_UNIT.test(m.unit) && deadline(text, m)) continue;
    const bodies = LIST_COUNT.test(before) && BODIES_AFTER.test(text.slice(m.end, clause.end));
    const field = RANK_AFTER.test(text.slice(m.end, clause.end));
    if (structural || bodies || field || GRANT.test(before) || CONDITION.test(before)) continue;
    const paragraph = spanAt(paragraphs, m.start);
    const lead = text.slice(sentence.start, m.start);
    const kind: MetricKind = TARGET.test(lead) ? 'target' : 'actual';
    // failing its passage's, the year the article last spoke of, or the first it speaks of; a result
    // (上半年…达到6.6万亿元) is not dated by a target year the article names only after it
    const later = kind === 'target' ? topics[0] : undefined;
    const articleYear = (topics.filter((y) => y.at < m.start).at(-1) ?? later)?.year;
    const year = yearFor(years, m.start, clause, sentence, paragraph) ?? articleYear;
    const qualifier = QUALIFIERS.exec(before)?.[1] ?? m.qualifier;
    const props: MetricProps = { value: m.value, unit: m.unit, kind, ...(year ? { year } : {}) };
    if (qualifier) props.qualifier = qualifier;
    for (const item of sharers(before)) {
      const words = item.replace(NOT_WORD, '');
      const first = said.find((s) => sameFigure(s.metric.props, props) && shareWords(s.words, words));
      const name = first?.metric.name ?? measured(item, text.slice(m.end, clause.end));
      const metric = mention('Metric', name, m, {
        ...props,
        ...(first ? { kind: first.metric.props.kind } : {}),
      });
      said.push({ metric, words });
      out.push(metric);
    }
  }
  return out;
}

// 新推出“秒批”服务和“不见面审批”事项各200项: a count shared with 各 is one figure for each thing named.
const EACH = /各\s*$/;
function sharers(before: string): string[] {
  if (!EACH.test(before)) return [before];
  const items = before.replace(EACH, '').split(/和|与|及|、/);
  return items.length > 1 ? items : [before];
}

// A figure restated later (in a plan's summary, then in its chapter) is the same figure: it takes
// the first statement's name and kind, so both resolve to one node.
interface Said {
  metric: Mention<'Metric'>;
  words: string;
}
const NOT_WORD = /[^\u4e00-\u9fa5A-Za-z]/g;
const SHARED_RUN = 4;

function sameFigure(a: MetricProps, b: MetricProps): boolean {
  return a.value === b.value && a.unit === b.unit && a.year === b.year;
}

function shareWords(a: string, b: string): boolean {
  for (let i = 0; i + SHARED_RUN <= b.length; i++) if (a.includes(b.slice(i, i + SHARED_RUN))) return true;
  return false;
}

interface Figure {
  form: string;
  start: number;
  end: number;
  value: number;
  unit: string;
  qualifier?: string;
}

function figures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const mantissa = parseNumber(m[1] ?? '');
    if (mantissa === undefined || !Number.isFinite(multiplier(m[3] ?? '')) || IDENTIFIER.test(m[1] ?? ''))
      continue;
    const end = (m.index ?? 0) + m[0].length;
    // 15—20EFlops, 3至5个: a range counts from its first bound, written with the unit of the second
    const low = RANGE_FROM.exec(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0));
    const start = (m.index ?? 0) - (low?.[0].length ?? 0);
    const written = normalUnit(m[4] ?? m[5] ?? '');
    const money = !written && MONEY_AFTER.test(text.slice(end, end + 6));
    const unit = `${m[3] ?? ''}${money ? '元' : written}`;
    const qualifier = m[6] ?? m[2];
    out.push({
      form: text.slice(start, end),
      start,
      end,
      value: low?.[1] ? Number(low[1]) : mantissa,
      unit,
      ...(qualifier ? { qualifier } : {}),
    });
  }
  for (const m of text.matchAll(PERCENT_WORDS)) {
    const value = parseNumber(m[1] ?? '');
    const start = m.index ?? 0;
    if (value !== undefined) out.push({ form: m[0], start, end: start + m[0].length, value, unit: '%' });
  }
  return out.sort((a, b) => a.start - b.start);
}

function deadline(text: string, m: Figure): boolean {
  const before = text.slice(Math.max(0, m.start - 4), m.start);
  return DEADLINE_AFTER.test(text.slice(m.end, m.end + 4)) && !CUT_TO.test(before);
}

function normalUnit(unit: string): string {
  if (/fl+ops/i.test(unit)) return `${unit[0]?.toUpperCase()}Flops`;
  return unit === '％' ? '%' : unit;
}

interface YearMention {
  year: number;
  at: number;
  /** 2025年， / 到2027年 — the year a passage is about, rather than a date in passing */
  topic: boolean;
}

function yearMentions(text: string): YearMention[] {
  const out: YearMention[] = [];
  let depth = 0;
  let last = 0;
  for (const m of text.matchAll(YEAR)) {
    const at = m.index ?? 0;
    for (const c of text.slice(last, at)) depth += c === '《' ? 1 : c === '》' ? -1 : 0;
    last = at;
    if (depth > 0) continue;
    const after = text.slice(at + m[0].length, at + m[0].length + 2);
    if (
      BASE_YEAR.test(text.slice(Math.max(0, at - 3), at)) &&
      CHANGE.test(text.slice(at + m[0].length, at + m[0].length + 6))
    )
      continue;
    // 2025年， / 到2027年 / a year that opens its sentence or clause (…获悉，2024年南山区…)
    const lead = text.slice(Math.max(0, at - 3), at);
    const topic =
      /^\s*[，,]/.test(after) ||
      PERIOD_OF_YEAR.test(text.slice(at + m[0].length)) ||
      /(到|至|截至)\s*$/.test(lead) ||
      /(^|[，,。；\n])\s*$/.test(lead);
    out.push({ year: Number(m[1]), at, topic });
  }
  return out;
}

function yearFor(years: YearMention[], at: number, clause: Span, sentence: Span, paragraph?: Span) {
  const before = years.filter((y) => y.at < at);
  return (
    before.filter((y) => y.at >= clause.start).at(-1)?.year ??
    before.filter((y) => y.at >= sentence.start && y.topic).at(-1)?.year ??
    before.filter((y) => paragraph && y.at >= paragraph.start && y.topic).at(-1)?.year
  );
}

// 比2020年, 较上年同期: the base of a change, no part of what is measured.
const BASE = /(?:比|较|相比|相较)(?:上年|去年|\d{4}\s*年(?:底|末)?)(?:同期)?/g;

// 能耗、碳排放分别下降8%、10%: the k-th figure after 分别 measures the k-th thing listed before it.
function listItem(before: string): string {
  const at = before.lastIndexOf('分别');
  if (at < 0) return before;
  const items = before.slice(0, at).split('、');
  const k = before.slice(at).split('、').length - 1;
  return items[Math.min(k, items.length - 1)] ?? before;
}

// What is measured: the clause's words before the figure without its qualifier, or else the noun
// that follows the figure (打造10个以上高质量数据集 → 高质量数据集数量).
function measured(before: string, after: string): string {
  const head = listItem(before.replace(BASE, ''))
    .replace(QUALIFIERS, '')
    .replace(/^.*?(\d{4}\s*年(?:底|末)?的?|全省|全市|全国|我国|我省|我市)/, '')
    .replace(/[^\u4e00-\u9fa5A-Za-z“”]/g, '');
  const noun = head.replace(ACTION_END, '');
  if (noun.length >= 2) return noun.slice(-16);
  const counted = after.replace(/^(以上|余|左右|多)/, '').replace(/[^\u4e00-\u9fa5A-Za-z].*$/, '');
  return `${counted.slice(0, 12)}数量`;
}
