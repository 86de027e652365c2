// Which document sets a target figure (SETS_TARGET): the one its paragraph states it from, else the
// one the passage last spoke of — by title, by the tail of its title written without 《》 (出台了
// “双招双引”10条措施), or by its bare type (规划提出) — else the article's own.

import { tokenize } from '../../core/segment.ts';
import { sectionRegion } from './figures.ts';
import { citedAsBasis, STATES, spokenOf } from './passages.ts';
import { UNTERRITORIAL } from './policies.ts';
import { type Span, spanAt } from './sentences.ts';
import type { Context, Link, Mention } from './types.ts';

// 预计到2030年将增长至…, 欧盟委员会估计: a forecast is nobody's target unless a document states it.
const FORECAST = /预计|估计|预测|数据显示/;

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

export function setsTarget(ctx: Context, main?: Mention<'Policy'>): Link[] {
  const out: Link[] = [];
  const spoken = spokenOf(ctx, main);
  const titleOnly = ctx.titled?.policy.end === 0 ? ctx.titled.policy : undefined;
  for (const m of ctx.metrics) {
    const sentence = spanAt(ctx.sentences, m.start);
    if (!sentence) continue;
    // a document spoken of in one city's section (合肥：…) sets nothing in the next (南昌：…)
    const section = sectionRegion(ctx, m.start)?.start ?? 0;
    const passage =
      spoken.filter((r) => r.at < m.start && r.at >= section).at(-1)?.policy ??
      (main && main.start < m.start && main.start >= section ? main : undefined);
    if (m.props.kind !== 'target' && !(passage && governs(passage) && task(ctx.text, sentence, m))) continue;
    m.props.kind = 'target';
    const forecast = FORECAST.test(ctx.text.slice(sentence.start, m.start));
    const ownOfSection = main && main.start < section ? undefined : main;
    const policy = statedInParagraph(ctx, m) || (forecast ? undefined : passage || titleOnly || ownOfSection);
    if (policy) out.push({ type: 'SETS_TARGET', from: policy, to: m, start: m.start, end: m.end });
  }
  return out;
}

function statedInParagraph(ctx: Context, m: Mention<'Metric'>): Mention<'Policy'> | undefined {
  const paragraph = spanAt(ctx.paragraphs, m.start);
  if (!paragraph) return undefined;
  return ctx.policies
    .filter((p) => p.start >= paragraph.start && p.start < m.start)
    .filter((p) => STATES.test(ctx.text.slice(p.end, m.start)) && !citedAsBasis(ctx, p))
    .at(-1);
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
