// What a figure is about (MEASURES), read from the sentence, the clause and the paragraph around it;
// which document sets it is targets.ts's.
import { tokenize } from '../../core/segment.ts';
import { type Span, spanAt, splitClauses } from './sentences.ts';
import type { Context, Link, Mention } from './types.ts';

// 工业和信息化部新闻发言人介绍，…: the body speaks; the figures are not about it.
const SPEAKER = /^(有关|相关)?(负责人|负责同志|新闻发言人|发言人)/;

// A clause of aim (…，力争到2026年产业规模突破…) keeps the subject of its sentence: what the clause
// before builds or carries out is not what the target is about.
const AIMS = /^\s*(力争|争取|努力)/;

const JOINS = /(开展|实施|参与|加入|推进|推行|上线)[\s“]*$/;

type Place = { type: 'Region'; name: string };

// A target's subject, unless its own clause names one, is what the document setting it governs.
export function measures(ctx: Context, targets: Link[], governed: (p: Mention<'Policy'>) => Place[]): Link[] {
  const out: Link[] = [];
  const subjects = subjectMentions(ctx);
  for (const m of ctx.metrics) {
    const setter = targets.find((t) => t.to === m)?.from as Mention<'Policy'> | undefined;
    const governedBy = setter && !inOwnClause(ctx, subjects, m) ? governed(setter) : undefined;
    for (const subject of governedBy ?? subjectOf(ctx, subjects, m))
      out.push({ type: 'MEASURES', from: m, to: subject, start: m.start, end: m.end });
  }
  return out;
}

// Regions inside a body's or programme's name are not subjects of their own (贵阳 in 贵阳大数据交易所).
function subjectMentions(ctx: Context): Mention[] {
  const named = [...ctx.agencies, ...ctx.initiatives, ...ctx.policies];
  const regions = ctx.regions.filter((r) => !named.some((n) => n.start <= r.start && r.end <= n.end));
  const bodies = ctx.agencies
    .filter((a) => !ctx.policies.some((p) => p.start <= a.start && a.end <= p.end))
    .filter((a) => !SPEAKER.test(ctx.text.slice(a.end, a.end + 5)))
    // a power that is a region itself (欧盟): a figure about it is about the region
    .map((a): Mention => (a.region === a.name ? { ...a, type: 'Region', props: {} } : a));
  return [...regions, ...bodies, ...ctx.initiatives].sort((a, b) => a.start - b.start);
}

// The subject of a figure: one named before it in its own clause (贵阳大数据交易所入驻数据商超过900家);
// else one that closes the clause just before (部署开展“高效办成一件事”，首批…上线率超过90%), unless
// the figure's clause is one of aim; else,
// when the figure opens its clause, the home region; else the last topic of the paragraph (a
// subject opening its clause). Two regions written together (贵阳贵安) are both subjects. Under a
// heading naming a city, that city stands for the home (and for 全市).
function subjectOf(
  ctx: Context,
  subjects: Mention[],
  m: Mention<'Metric'>,
): (Mention | { type: 'Region'; name: string })[] {
  const sentence = spanAt(ctx.sentences, m.start);
  const paragraph = spanAt(ctx.paragraphs, m.start);
  if (!sentence || !paragraph) return [];
  const clauses = splitClauses(sentence);
  const at = clauses.findIndex((c) => c.start <= m.start && m.start < c.end);
  const clause = clauses[at];
  const previous = clauses[at - 1];
  const before = subjects.filter(
    (s) =>
      s.end <= m.start && s.start >= paragraph.start && !listed(ctx.text, s, m) && !shareBase(ctx.text, s),
  );
  const inClause = clause && before.filter((s) => s.start >= clause.start).at(-1);
  const closing =
    previous &&
    !AIMS.test(clause?.text ?? '') &&
    before.find((s) => s.start >= previous.start && /^[”"\s]*$/.test(ctx.text.slice(s.end, previous.end)));
  const opens = clause && ctx.text.slice(clause.start, m.start).trim() === '';
  const topic = before
    .filter((s) => isTopic(ctx.text, s, clauses, ctx.sentences))
    .filter((s) => s.start >= sentence.start || !ownSubject(ctx.text, sentence))
    .at(-1);
  const chosen =
    joining(ctx, subjects, m, clause) ||
    inClause ||
    closing ||
    referredTo(ctx, sentence) ||
    (opens ? undefined : topic);
  // an article that names no place and no body of one (an international body's index) has no home
  // for its figures to be about
  const placeless = ctx.regions.length === 0 && !ctx.agencies.some((a) => a.region);
  const section = sectionRegion(ctx, m.start);
  if (section && (!chosen || OWN_PLACE.test(ctx.text.slice(chosen.start, chosen.end)))) return [section];
  if (!chosen) return placeless ? [] : ctx.home.map((name) => ({ type: 'Region' as const, name }));
  // 宁夏枢纽节点中卫数据中心集群: of two names written together the last is the head
  const head = before.find((s) => s.start === chosen.end && s.type !== 'Region');
  const hall = head ?? chosen;
  if (hall.type === 'Agency' && HALL.test(hall.name) && hall.region)
    return [{ type: 'Region', name: hall.region }];
  if (chosen.type !== 'Region') return [head ?? chosen];
  const pair = before.filter(
    (s) => s.type === 'Region' && (s.end === chosen.start || s.start === chosen.end),
  );
  return [...pair, chosen];
}

// A survey of several cities gives each its section, headed by a line that opens with the city and a
// colon (武汉：建成全国数字经济一线城市, which the reader may run into the paragraph after): the figures
// below it are that city's, not the article's home's.
const OWN_PLACE = /^(我|本|全)[市省区州县]$/;
const HEADING_LEAD = /^(?:<[^>]*>|[\s　#*>])*$/;
export function sectionRegion(ctx: Context, at: number): Mention | undefined {
  return ctx.regions
    .filter((r) => r.start < at)
    .filter((r) => {
      const line = spanAt(ctx.paragraphs, r.start);
      return (
        !!line &&
        /^[：:]/.test(ctx.text.slice(r.end, r.end + 1)) &&
        HEADING_LEAD.test(ctx.text.slice(line.start, r.start))
      );
    })
    .at(-1);
}

// 该项目经过两期建设，已…涉及14个部门: a sentence that opens by pointing back at a project is about the
// programme last named before it.
const POINTS_BACK = /^[\s　“]*(该|这一|此)(项目|平台|工程)/;
function referredTo(ctx: Context, sentence: Span): Mention | undefined {
  if (!POINTS_BACK.test(sentence.text)) return undefined;
  return ctx.initiatives.filter((i) => i.end <= sentence.start).at(-1);
}

// A service hall (柳河县人民政府政务大厅) is a building, not a body: its floors, desks and caseload are
// its place's.
const HALL = /大厅$/;

// 32个省（区、市）部署开展“高效办成一件事”: a count of those who take part is about the programme
// named after it.
function joining(
  ctx: Context,
  subjects: Mention[],
  m: Mention<'Metric'>,
  clause?: Span,
): Mention | undefined {
  if (!clause) return undefined;
  return subjects.find(
    (s) =>
      s.type === 'Initiative' &&
      s.start >= m.end &&
      s.end <= clause.end &&
      JOINS.test(ctx.text.slice(m.end, s.start)),
  );
}

// A sentence that opens with a noun of its own (电子政务网覆盖…) has its own subject: the topic of
// the sentences before it does not carry over.
function ownSubject(text: string, sentence: Span): boolean {
  const head = tokenize(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 12)))[0];
  return !!head && /^n/.test(head.tag) && head.tag !== 'ns' && head.tag !== 'nt';
}

function inOwnClause(ctx: Context, subjects: Mention[], m: Mention<'Metric'>): boolean {
  const sentence = spanAt(ctx.sentences, m.start);
  const clause = sentence && splitClauses(sentence).find((c) => c.start <= m.start && m.start < c.end);
  return !!clause && subjects.some((s) => s.start >= clause.start && s.end <= m.start);
}

// A mention that opens its clause, after at most a year, a period of it (上半年) or a quotation mark.
const PERIOD_BEFORE = /^[\s“*]*(\d{4}\s*年)?(上半年|下半年|前三季度|一季度|今年以来|今年|去年|全年)?[\s“*]*$/;
function isTopic(text: string, s: Mention, clauses: Span[], sentences: Span[]): boolean {
  const sentence = spanAt(sentences, s.start);
  const clause = (sentence ? splitClauses(sentence) : clauses).find(
    (c) => c.start <= s.start && s.start < c.end,
  );
  return !!clause && PERIOD_BEFORE.test(text.slice(clause.start, s.start));
}

// 数字经济总量占全省近30%: the whole a share is taken of is its base, not what it is about.
function shareBase(text: string, s: Mention): boolean {
  return /占\s*$/.test(text.slice(Math.max(0, s.start - 2), s.start));
}

function listed(text: string, s: Mention, m: Mention): boolean {
  const between = text.slice(s.end, m.start);
  return /^[、和与及]/.test(between) || /^等/.test(between);
}
