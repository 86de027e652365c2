// Which document sets a target figure (SETS_TARGET): the one its paragraph states it from, else the
// one the passage last spoke of — by title, by the tail of its title written without 《》 (出台了
// “双招双引”10条措施), or by its bare type (规划提出) — else the article's own.

import { tokenize } from '../../core/segment.ts';
import { CITED_AS_BASIS, docTypeOf, textBefore, UNTERRITORIAL } from './policies.ts';
import { type Span, spanAt } from './sentences.ts';
import type { Context, Link, Mention } from './types.ts';

// A document that is the topic of its sentence: 《行动方案》提出, 《措施》明确, 《行动方案》从7个方面明确了.
// 将实施《X》，力争到2026年…: the aim right after a document is its target.
const STATES = /^[^。]{0,10}?(提出|明确|要求|指出|部署|目标|力争|争取)/;
// 预计到2030年将增长至…, 欧盟委员会估计: a forecast is nobody's target unless a document states it.
const FORECAST = /预计|估计|预测|数据显示/;
// 规划提出, 方案明确: a document named by its type alone, opening its clause.
const BARE_TYPE =
  /(?<=^|[，。；：\n”])\s*(实施方案|行动方案|行动计划|实施意见|指导意见|规划|方案|意见|计划|措施|办法|通知|指南|纲要|细则|条例)(?=[^，。]{0,4}?(提出|明确|要求|指出|部署|强调|规定))/g;
// 出台了X, 印发了X: the passage reports the document's issue and goes on to what it holds.
const ISSUED = /(出台|印发|发布|公布)了$/;
// A tail says more than its type: 优化营商环境15条措施, not 10条措施.
const TAIL_WORDS = 4;

// A figure the passage of a document lists as a task (推进12个镇…全覆盖, 建设100万平米的标准厂房) is a
// target even without 力争 or 到2025年: its sentence opens with what is to be done, not with who did
// it, and says nothing of the past.
const TASK_HEAD = /^(v|vn|vd|p|a|ad|d)$/;
// 从多年来的管理实践来看: an account of what has been.
// 高新区将瞄准…，新设百亿产业基金: what the issuer says it will do.
const WILL = /将(?!来|近|军)/;
// 根据《X》…确定150个: a decision reported on its basis, not a task.
const ON_BASIS = /^(根据|依据|依照|按照|经)/;
const PAST = /已|了|截至|同比|较上年|比上年|去年|上年|累计|以来|来看/;
// “十四五”期间，累计完成…: a plan's own period, in which 累计 is the plan's sum to come.
const PLAN_PERIOD = /^[“"]?十[一二三四五六七八九]?五[”"]?(期间|时期)/;

interface Reference {
  policy: Mention<'Policy'>;
  at: number;
}

export function setsTarget(ctx: Context, main?: Mention<'Policy'>): Link[] {
  const out: Link[] = [];
  const spoken = spokenOf(ctx, main);
  const titleOnly = ctx.titled?.policy.end === 0 ? ctx.titled.policy : undefined;
  for (const m of ctx.metrics) {
    const sentence = spanAt(ctx.sentences, m.start);
    if (!sentence) continue;
    const passage =
      spoken.filter((r) => r.at < m.start).at(-1)?.policy ??
      (main && main.start < m.start ? main : undefined);
    if (m.props.kind !== 'target' && !(passage && governs(passage) && task(ctx.text, sentence, m))) continue;
    m.props.kind = 'target';
    const forecast = FORECAST.test(ctx.text.slice(sentence.start, m.start));
    const policy = statedInParagraph(ctx, m) || (forecast ? undefined : passage || titleOnly || main);
    if (policy) out.push({ type: 'SETS_TARGET', from: policy, to: m, start: m.start, end: m.end });
  }
  return out;
}

function statedInParagraph(ctx: Context, m: Mention<'Metric'>): Mention<'Policy'> | undefined {
  const paragraph = spanAt(ctx.paragraphs, m.start);
  if (!paragraph) return undefined;
  return ctx.policies
    .filter((p) => p.start >= paragraph.start && p.start < m.start)
    .filter((p) => STATES.test(ctx.text.slice(p.end, m.start)) && !basis(ctx, p))
    .at(-1);
}

// 《办法》依据《条例》等规定制定: the basis is not the document that states.
function basis(ctx: Context, p: Mention<'Policy'>): boolean {
  return CITED_AS_BASIS.test(textBefore(ctx.text, p.start));
}

// Every place the article speaks of a document as its topic, in text order.
function spokenOf(ctx: Context, main?: Mention<'Policy'>): Reference[] {
  const { text } = ctx;
  const titled = ctx.policies
    .filter((p) => p.end > p.start && !basis(ctx, p))
    .filter(
      (p) => STATES.test(text.slice(p.end, p.end + 14)) || ISSUED.test(text.slice(p.start - 4, p.start)),
    )
    .map((p) => ({ policy: p, at: p.start }));
  return [...titled, ...tails(ctx), ...bareTypes(ctx, main)].sort((a, b) => a.at - b.at);
}

// The tail of a title written without 《》 after 出台了 (西安高新区出台了2020年“双招双引”10条措施 for
// 《西安高新区2020年“双招双引”10条措施》): the longest tail that says more than its type.
function tails(ctx: Context): Reference[] {
  const out: Reference[] = [];
  const inTitle = (at: number) => ctx.policies.some((p) => p.start <= at && at < p.end);
  const named = new Map(
    ctx.policies.filter((p) => p.end > p.start && !p.form.startsWith('该')).map((p) => [p.name, p]),
  );
  for (const policy of named.values()) {
    const type = docTypeOf(policy.name) ?? '';
    for (let k = policy.name.length - 1; k - type.length >= TAIL_WORDS; k--) {
      const tail = policy.name.slice(-k);
      const found = occurrences(ctx.text, tail).filter(
        (at) => !inTitle(at) && ISSUED.test(ctx.text.slice(at - 4, at)),
      );
      if (found.length === 0) continue;
      out.push(...found.map((at) => ({ policy, at })));
      break;
    }
  }
  return out;
}

// 规划提出 is the article's document when it is of that type, else the last of that type named.
function bareTypes(ctx: Context, main?: Mention<'Policy'>): Reference[] {
  const out: Reference[] = [];
  for (const m of ctx.text.matchAll(BARE_TYPE)) {
    const type = m[1] ?? '';
    const at = (m.index ?? 0) + m[0].length - type.length;
    const ofType = (p: Mention<'Policy'>) => (p.props.docType ?? '').endsWith(type);
    const policy =
      main && ofType(main)
        ? main
        : ctx.policies.filter((p) => p.start < at && ofType(p) && !basis(ctx, p)).at(-1);
    if (policy) out.push({ policy, at });
  }
  return out;
}

function governs(p: Mention<'Policy'>): boolean {
  return !UNTERRITORIAL.has(p.props.docType ?? '');
}

function task(text: string, sentence: Span, m: Mention<'Metric'>): boolean {
  const head = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 12));
  if (PLAN_PERIOD.test(head)) return !PAST.test(sentence.text.replace(/累计/g, ''));
  const lead = text.slice(sentence.start, m.start);
  if (WILL.test(lead) && !FORECAST.test(lead)) return !PAST.test(sentence.text);
  const first = tokenize(head.replace(/^[“"\s*]+/, ''))[0];
  return !!first && TASK_HEAD.test(first.tag) && !ON_BASIS.test(first.word) && !PAST.test(sentence.text);
}

function occurrences(text: string, s: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length)) out.push(at);
  return out;
}
