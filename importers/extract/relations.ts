// Relations between the mentions of one article, by the rules of docs/annotation.md; each relation
// keeps the offsets of the text it was read from.
import type { RelationType } from '../../core/model.ts';
import { measures } from './figures.ts';
import { regionByName } from './gazetteer/regions.ts';
import { type Reference, spokenOf } from './passages.ts';
import { CITED_AS_BASIS, citedBy, docTypeOf, textBefore, UNTERRITORIAL } from './policies.ts';
import { regionChain } from './regions.ts';
import { type Span, spanAt } from './sentences.ts';
import { setsTarget } from './targets.ts';
import type { Context, Link, Mention } from './types.ts';

const ISSUING = /联合印发|印发|发布|发出|出台|公布|起草|提交|推出|制定|颁布|审议通过|通过|编制/g;
const BASIS =
  /(根据|依据|依照|按照)((?:[《][^《》]+[》][、和及]?)+|(?:我国|国家)?[\u4e00-\u9fa5]{2,10}?法(?![律规定院人治制官庭理务典学则]))/g;
// A document that supplements, carries out or supports another (支撑《X》的落地实施) implements it.
const SUPPLEMENTS = /是对《([^》]+)》的补充|(?:贯彻落实|贯彻|落实|实施|支撑|服务于|保障)《([^》]+)》/g;
const REVISING = /修订|修改|废止|替代|取代|代替/;
// 本文件, 本标准, 本细则: the document the text is about where it stands.
const SELF = /本(?:文件|标准|细则|办法|规定|条例|方案|意见|规划|计划|指南|规范|决定)/;
// 《Y》同时废止 after the main document's issuance: the main document replaces Y.
const REPEALED = /同时废止|予以废止|不再执行|停止执行/;
const INTERNATIONAL = /^(公约|决议|议程|契约|宣言|协定)$/;
// Verbs with which a document carries a programme out, for IMPLEMENTS; to 争创 or 成为 a pilot is
// to seek the title, and to 依托 a platform is to use one: neither carries it out. A programme the
// work is aligned with (围绕, 对接, 按照, 根据…部署) or brought about (实现…全覆盖, 狠抓) is carried out too.
const CARRYING_OUT =
  /实施|推进|开展|落实|参与|启动|打造|建设|升级|用好|推动|推广|深化|助力|服务|支撑|部署|谋划|承接|组织|围绕|对接|按照|根据|依据|实现|[狠抓]抓/;
// A sentence that reports what has been done (据统计，…已有…参与) is news, not the document's task.
const REPORTED = /据统计|已有|已经|截至/;
const INNER = /[<〈《]([^<>〈〉《》]+)[>〉》]/;
// A document a local one stands on or carries out (根据《X》, 贯彻《X》), with no place in its title,
// is the country's: 江苏省…办法 根据《政务信息资源共享管理暂行办法》.
const ABOVE = citedBy('根据|依据|依照|贯彻|贯彻落实');

export function relate(ctx: Context): Link[] {
  const main = mainPolicy(ctx);
  const targets = setsTarget(ctx, main);
  return [
    ...issuedBy(ctx, main),
    ...appliesTo(ctx),
    ...implementsRules(ctx, main),
    ...amends(ctx, main),
    ...basedOn(ctx, main),
    ...targets,
    ...measures(ctx, targets, (p) => governed(ctx, p)),
    ...locatedIn(ctx),
  ];
}

/** PART_OF chains of the regions that take part in other relations. */
export function partOf(regions: string[]): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  for (const name of regions) {
    const chain = regionChain(name);
    for (let i = 0; i + 1 < chain.length; i++) out.push({ from: chain[i] ?? '', to: chain[i + 1] ?? '' });
  }
  return out;
}

// The document the article is about: the first one its lead says was issued (…印发《X》, 《X》日前印发);
// else the one its title names (『十四五』X规划出台 for 《“十四五”X规划》). The lead is the first paragraph
// that is more than a dateline or a link line (原文链接：).
function mainPolicy(ctx: Context): Mention<'Policy'> | undefined {
  const lead = ctx.paragraphs.find((p) => p.text.length >= LEAD_LENGTH) ?? ctx.paragraphs[0];
  if (!lead) return ctx.titled?.policy;
  const issued = ctx.policies.find((p) => {
    if (p.start >= lead.end || derived(p) || p.end === p.start) return false;
    const s = spanAt(ctx.sentences, p.start);
    const before = ctx.text.slice(s?.start ?? lead.start, p.start);
    const after = ctx.text.slice(p.end, p.end + 6);
    return (
      new RegExp(`(${ISSUING.source})了?$`).test(before) ||
      new RegExp(`^[^，。]{0,3}(${ISSUING.source})`).test(after)
    );
  });
  return issued ?? ctx.titled?.policy ?? namedInTitle(ctx) ?? mostNamed(ctx);
}

// … else the one it keeps naming (《条例》明确…, 《条例》规定…), at least three times and more than any other.
function mostNamed(ctx: Context): Mention<'Policy'> | undefined {
  const counts = new Map<string, number>();
  for (const p of ctx.policies) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 3 || (second && second[1] === first[1])) return undefined;
  return ctx.policies.find((p) => p.name === first[0] && !derived(p) && p.end > p.start);
}

const LEAD_LENGTH = 20;

function namedInTitle(ctx: Context): Mention<'Policy'> | undefined {
  const title = unquote(ctx.title ?? '');
  if (!title) return undefined;
  return ctx.policies.find(
    (p) =>
      !derived(p) &&
      p.end > p.start &&
      [p.name, ...p.aliases].some((n) => n.length >= 4 && title.includes(unquote(n))),
  );
}

function unquote(s: string): string {
  return s.replace(/[“”"『』「」《》\s]/g, '');
}

/** A title nested in another (《<X>有关实施细则》 names X) is a document of its own. */
export function innerTitle(p: Mention<'Policy'>): string | undefined {
  return INNER.exec(p.form.slice(1, -1))?.[1];
}

function derived(p: Mention<'Policy'>): boolean {
  return p.form.startsWith('该');
}

function nestedIn(p: Mention<'Policy'>, all: Mention<'Policy'>[]): boolean {
  return all.some((q) => q.start < p.start && p.end <= q.end);
}

function issuedBy(ctx: Context, main?: Mention<'Policy'>): Link[] {
  const out: Link[] = [];
  const titled = new Set<string>();
  for (const s of ctx.sentences) {
    out.push(...byAgents(ctx, s));
    const policies = within(ctx.policies, s).filter((p) => !derived(p) && !nestedIn(p, ctx.policies));
    if (policies.length === 0) continue;
    // 中国银保监会浙江监管局发出: the branch issues, not the body its name opens with
    const agencies = within(ctx.agencies, s).filter(
      (a) =>
        !policies.some((p) => p.start <= a.start && a.end <= p.end) &&
        !ctx.agencies.some((b) => b !== a && b.start <= a.start && a.end <= b.end && b.parent === a.name),
    );
    const verbs = [...ctx.text.slice(s.start, s.end).matchAll(ISSUING)];
    for (const [k, v] of verbs.entries()) {
      const at = s.start + (v.index ?? 0);
      // A verb issues the documents up to the next verb: A印发《X》，B发布《Y》.
      const next = s.start + (verbs[k + 1]?.index ?? s.end - s.start);
      const reached = policies.filter((p) => p.start >= at + v[0].length && p.start < next);
      // 世界银行发布专题报告，…称赞《条例》: a title past a clause break is not what the verb issued,
      // unless it renames the object (发布“…Strategy 2024”，即《X》)
      const gap = (p: Mention<'Policy'>) => ctx.text.slice(at + v[0].length, p.start).replace(RENAMED, '');
      const after = reached.filter((p) => !CLAUSE_BREAK.test(gap(p)));
      if (reached.length && !after.length) continue;
      const lastBefore = policies.filter((p) => p.end <= at).at(-1);
      const pairs = after.length
        ? {
            docs: after,
            bodies: agencies.filter((a) => a.end <= at && a.start >= (lastBefore?.end ?? s.start)),
          }
        : {
            // 依据《X》…制定本细则: X is the basis, not what the verb issues
            docs: policies.filter((p) => p.end <= at && !CITED_AS_BASIS.test(textBefore(ctx.text, p.start))),
            bodies: orPassive(
              agencies.filter((a) => a.end <= (policies[0]?.start ?? at)),
              ctx.text,
              agencies,
              lastBefore,
              at,
            ),
          };
      const date = pairs.bodies.length ? issueDate(ctx.text.slice(s.start, at), ctx.date) : undefined;
      for (const doc of pairs.docs) {
        if (date) doc.props.date ??= date;
        for (const body of pairs.bodies)
          out.push(link('ISSUED_BY', doc, body, s), ...parentOf(doc, body, s, ctx));
      }
    }
    for (const p of policies) out.push(...ownIssuer(ctx, p, s, titled), ...international(p, agencies, s));
  }
  const own = ctx.titled;
  for (const body of own?.issuers ?? [])
    out.push({ type: 'ISSUED_BY', from: own?.policy ?? body, to: body, start: 0, end: 0 });
  if (main && !out.some((l) => l.from.name === main.name) && ctx.sourceAgency) {
    out.push({ type: 'ISSUED_BY', from: main, to: ctx.sourceAgency, start: main.start, end: main.end });
  }
  return out;
}

// 《办法》已经在8月26日国家密码管理局局务会议审议通过: with no body before the document, the
// bodies between it and the verb, in a clause that opens with 已经, 经, 于 or 在, issued it.
const PASSIVE = /^(?:已经?|经|于|在)[^，。；]*$/;

function orPassive(
  bodies: Mention<'Agency'>[],
  text: string,
  agencies: Mention<'Agency'>[],
  doc: Mention<'Policy'> | undefined,
  at: number,
): Mention<'Agency'>[] {
  if (bodies.length || !doc || !PASSIVE.test(text.slice(doc.end, at))) return bodies;
  return agencies.filter((a) => a.start >= doc.end && a.end <= at);
}

// 该标准由A牵头，联合B、C等单位共同起草; 该法案由A和B于2023年通过: the bodies after 由 issued it.
function byAgents(ctx: Context, s: Span): Link[] {
  const out: Link[] = [];
  for (const p of within(ctx.policies, s)) {
    const by = BY_AFTER_LIST.exec(ctx.text.slice(p.end, s.end));
    if (!by) continue;
    const from = p.end + by[0].length;
    const verb = new RegExp(`^[^。]*?(?:${ISSUING.source})`).exec(ctx.text.slice(from, s.end));
    if (!verb) continue;
    const upTo = from + verb[0].length;
    for (const body of ctx.agencies.filter((a) => a.start >= from && a.end <= upTo))
      out.push(link('ISSUED_BY', p, body, s), ...parentOf(p, body, s, ctx));
  }
  return out;
}

// 由 right after the title, or after the rest of its list and a word for all of them:
// 《A》、GB 2—2024《B》和《C》三项强制性国家标准由X批准发布.
const BY_AFTER_LIST = /^(?:[^，。；《》由]{0,16}《[^《》]*》)*[^，。；《》由]{0,12}由/;

const DAY = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;

// 1月8日，…发布《X》: the date before the verb, in the article's year (or the year before, for a
// December date in a January article).
function issueDate(before: string, articleDate?: string): string | undefined {
  const m = [...before.matchAll(DAY)].at(-1);
  if (!m) return undefined;
  const [published, publishedMonth] = (articleDate ?? '').split('-').map(Number);
  const month = Number(m[2]);
  const year = m[1]
    ? Number(m[1])
    : published && (publishedMonth && month > publishedMonth ? published - 1 : published);
  if (!year) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(Number(m[3])).padStart(2, '0')}`;
}

// 最高人民法院关于…的意见, 联合国打击网络犯罪公约: a body named at the head of a title issued it;
// 欧盟《人工智能法》: so did a body or foreign power named right before the title.
// 《X办法》（国家密码管理局令第4号）: the body whose decree number a title carries issued it.
const DECREE = /^令第[一二三四五六七八九十百零〇\d]+号/;

function decreeOf(ctx: Context, p: Mention<'Policy'>): Mention<'Agency'> | undefined {
  if (!/[（(]/.test(ctx.text[p.end] ?? '')) return undefined;
  return ctx.agencies.find((a) => a.start === p.end + 1 && DECREE.test(ctx.text.slice(a.end, a.end + 12)));
}

const CLAUSE_BREAK = /[，；。！？]/;
const RENAMED = /[，,]\s*即$/;

// 国务院发展研究中心对《条例》开展评估: a preposition before the title makes it what the body acts on.
const ACTS_ON = /[对就将把向与为从按据]/;

function ownIssuer(ctx: Context, p: Mention<'Policy'>, s: Span, seen: Set<string>): Link[] {
  if (seen.has(p.name)) return [];
  const head = ctx.agencies.find((a) => a.start === p.start + 1);
  const before = ctx.agencies.find(
    (a) => a.end === p.start || (a.end === p.start - 1 && !ACTS_ON.test(ctx.text[a.end] ?? '')),
  );
  const body = head ?? before ?? decreeOf(ctx, p);
  if (!body) return [];
  seen.add(p.name);
  return [link('ISSUED_BY', p, body, s)];
}

// 公约, 决议, 议程 … are adopted by the international body the sentence names (联合国).
function international(p: Mention<'Policy'>, agencies: Mention<'Agency'>[], s: Span): Link[] {
  if (!INTERNATIONAL.test(p.props.docType ?? '')) return [];
  return agencies.filter((a) => a.props.kind === 'other' && !a.region).map((a) => link('ISSUED_BY', p, a, s));
}

// A unit's document is its body's too (中国信通院 and its 研究中心); a branch placed in a region of its
// own (中国银保监会浙江监管局) issues in its own name.
function parentOf(doc: Mention<'Policy'>, body: Mention<'Agency'>, s: Span, ctx: Context): Link[] {
  const parent = body.parent && ctx.agencies.find((a) => a.name === body.parent);
  if (!parent || (body.region && parent.region && body.region !== parent.region)) return [];
  return [link('ISSUED_BY', doc, parent, s)];
}

// The region in the title; else the issuer's; else, for a document that governs, the article's.
function appliesTo(ctx: Context): Link[] {
  const out: Link[] = [];
  const done = new Set<string>();
  for (const p of ctx.policies) {
    if (done.has(p.name) || derived(p)) continue;
    done.add(p.name);
    const type = p.props.docType ?? docTypeOf(p.name) ?? '';
    if (UNTERRITORIAL.has(type)) continue;
    const regions = issuingRegions(ctx, p);
    for (const region of regions.length ? regions : governed(ctx, p))
      out.push({ type: 'APPLIES_TO', from: p, to: region, start: p.start, end: p.end });
  }
  return out;
}

// 安徽与上海、江苏、浙江三省一市印发了《X》: regions that are themselves the subject of the issuing
// verb are the ones the document governs.
const SUBJECT_OF = new RegExp(`([^，。；：！？\\n]*?)(?:联合|共同)?(?:${ISSUING.source})了?$`);
const REGION_LIST = /^(?:[与和及、同]|等|[一二三四五六七八九十两\d]+个?[省市区县州国地]+|\s)*$/;

function issuingRegions(ctx: Context, p: Mention<'Policy'>): { type: 'Region'; name: string }[] {
  const before = textBefore(ctx.text, p.start);
  const subject = SUBJECT_OF.exec(before);
  if (!subject?.[1]) return [];
  const from = p.start - before.length + (subject.index ?? 0);
  const to = from + subject[1].length;
  const named = ctx.regions.filter((r) => r.start >= from && r.end <= to);
  let rest = '';
  let at = from;
  for (const r of named) {
    rest += ctx.text.slice(at, r.start);
    at = r.end;
  }
  rest += ctx.text.slice(at, to);
  if (named.length === 0 || !REGION_LIST.test(rest)) return [];
  return [...new Set(named.map((r) => r.name))].map((name) => ({ type: 'Region', name }));
}

function governed(ctx: Context, p: Mention<'Policy'>): { type: 'Region'; name: string }[] {
  if (p.name.startsWith('中华人民共和国')) return [{ type: 'Region', name: '中国' }];
  // (a title without 《》 may begin with its place: 深圳市2019年政府工作报告)
  const inTitle = ctx.regions.find((r) => r.start >= p.start && r.end < p.end && !quoted(ctx.text, r, p));
  if (inTitle) return [{ type: 'Region', name: inTitle.name }];
  const titleIssuer = ctx.titled?.policy === p ? ctx.titled.issuers.find((a) => a.region) : undefined;
  const adjacent = ctx.agencies.find(
    (a) => a.region && (a.end === p.start || a.end === p.start - 1 || a.start === p.start + 1),
  );
  const issuer = titleIssuer ?? adjacent;
  if (!issuer?.region && ABOVE.test(textBefore(ctx.text, p.start)))
    return [...new Set(ctx.home.map(countryOf))].map((name) => ({ type: 'Region', name }));
  const regions = issuer?.region ? [issuer.region] : ctx.home;
  return regions.map((name) => ({ type: 'Region', name }));
}

function countryOf(region: string): string {
  return regionByName(region)?.country ?? region;
}

function quoted(text: string, r: { start: number }, p: { start: number }): boolean {
  const head = text.slice(p.start, r.start);
  return (head.match(/“/g)?.length ?? 0) > (head.match(/”/g)?.length ?? 0);
}

function implementsRules(ctx: Context, main?: Mention<'Policy'>): Link[] {
  const out: Link[] = [];
  const passages = passagesOf(ctx, main);
  for (const p of ctx.policies) {
    const inner = innerTitle(p);
    const target = inner && ctx.policies.find((q) => q.name === inner.replace(/\s+/g, ''));
    if (target) out.push({ type: 'IMPLEMENTS', from: p, to: target, start: p.start, end: p.end });
  }
  for (const i of ctx.initiatives) {
    const holder = ctx.policies.find((p) => p.start <= i.start && i.end <= p.end && !derived(p));
    const innerHolder = holder && ctx.policies.find((q) => q !== holder && innerTitle(holder) === q.name);
    if (holder)
      out.push({ type: 'IMPLEMENTS', from: innerHolder ?? holder, to: i, start: i.start, end: i.end });
    else if (carriedOut(ctx, i))
      for (const doc of carriers(ctx, i, passages))
        if (!UNTERRITORIAL.has(doc.props.docType ?? ''))
          out.push({ type: 'IMPLEMENTS', from: doc, to: i, start: i.start, end: i.end });
  }
  out.push(...titledAfter(ctx), ...tasked(ctx, passages));
  for (const m of ctx.text.matchAll(SUPPLEMENTS)) {
    const name = (m[1] ?? m[2] ?? '').replace(/\s+/g, '');
    const other = ctx.policies.find((p) => p.name === name || p.aliases.includes(name));
    // in a digest, the document heading the section; else the article's
    const doc = headingAbove(ctx, m.index ?? 0) ?? main;
    if (other && doc && other.name !== doc.name)
      out.push({
        type: 'IMPLEMENTS',
        from: doc,
        to: other,
        start: m.index ?? 0,
        end: (m.index ?? 0) + m[0].length,
      });
  }
  if (!main) return out;
  // 制定《X》 in the tasks of the main document: X carries it out.
  for (const p of ctx.policies) {
    if (p.name !== main.name && /(制定|研究制定|出台)$/.test(ctx.text.slice(p.start - 4, p.start))) {
      out.push({ type: 'IMPLEMENTS', from: p, to: main, start: p.start, end: p.end });
    }
  }
  return out;
}

// The documents that carry out a programme the text does not put in a title: the one heading its
// section of a digest; else those its sentence reports a body issued (为推动X，高新区出台了Y;
// A发布《B》和《C》，…狠抓X); else the issued one its passage last spoke of; else the article's.
function carriers(ctx: Context, i: Mention<'Initiative'>, passages: Passages): Mention<'Policy'>[] {
  const heading = headingAbove(ctx, i.start);
  if (heading) return [heading];
  const s = spanAt(ctx.sentences, i.start);
  const inSentence = s ? issuedIn(ctx, s, passages.spoken) : [];
  if (inSentence.length) return inSentence;
  // in a digest, only a document of the programme's own section: a headline (杭州全面开展“移动办公之城”
  // 建设) announces the passage after it (on 政府工作报告), not the notice before
  const section = sectionAt(ctx, i.start);
  const refs = passages.issued.filter((r) => r.at >= section.start && r.at < section.end);
  const main = passages.main && passages.main.start < section.end && passages.main.end > section.start;
  const passage =
    refs.filter((r) => r.at < i.start).at(-1)?.policy ??
    (main || section.whole ? passages.main : undefined) ??
    (headline(spanAt(ctx.paragraphs, i.start)?.text ?? '') ? refs[0]?.policy : undefined);
  return passage ? [passage] : [];
}

function sectionAt(ctx: Context, at: number): { start: number; end: number; whole: boolean } {
  const heads = ctx.paragraphs.filter((p) => headline(p.text));
  const start = heads.filter((h) => h.start <= at).at(-1)?.start;
  const end = heads.find((h) => h.start > at)?.start;
  return { start: start ?? 0, end: end ?? ctx.text.length, whole: heads.length === 0 };
}

interface Passages {
  /** where the article speaks of a document as its topic */
  spoken: Reference[];
  /** … of those, where it speaks of one a body issued, of the article's own, or of one that says
   * what follows (深圳市2019年政府工作报告明确，…) */
  issued: Reference[];
  main?: Mention<'Policy'>;
}

function passagesOf(ctx: Context, main?: Mention<'Policy'>): Passages {
  const spoken = spokenOf(ctx, main);
  const bodies = new Set(ctx.sentences.flatMap((s) => issuedIn(ctx, s, spoken)).map((p) => p.name));
  if (main) bodies.add(main.name);
  const issued = spoken.filter((r) => r.says || bodies.has(r.policy.name));
  return { spoken, issued, ...(main ? { main } : {}) };
}

// The documents a sentence reports a body issued: after a verb of issuing or by the tail of their
// title (出台了X), with the body or its place before the verb in the clause (市政府印发《X》,
// 高新区出台了X), not a task in a list (…，出台X，…).
function issuedIn(ctx: Context, s: Span, spoken: Reference[]): Mention<'Policy'>[] {
  const byVerb = within(ctx.policies, s)
    .filter((p) => !derived(p) && ISSUED_BEFORE.test(ctx.text.slice(s.start, p.start)))
    .map((p) => ({ policy: p, at: p.start }));
  const byTail = spoken.filter((r) => r.at >= s.start && r.at < s.end && r.at >= r.policy.end);
  const found: Mention<'Policy'>[] = [];
  for (const { policy, at } of [...byVerb, ...byTail])
    if (!found.some((f) => f.name === policy.name) && subjectBefore(ctx, s, at)) found.push(policy);
  return found;
}

// A title right after a verb of issuing, or after the titles listed with it (发布《A》和《B》).
const ISSUED_BEFORE = new RegExp(`(?:${ISSUING.source})了?(?:《[^《》]*》[、和及与])*$`);

function subjectBefore(ctx: Context, s: Span, at: number): boolean {
  const from = at - (/[^，,；;：:。]*$/.exec(ctx.text.slice(s.start, at))?.[0].length ?? 0);
  return [...ctx.agencies, ...ctx.regions].some((m) => m.start >= from && m.end <= at);
}

// A document the passage of another lists as a task to issue (面向全球发布《X目录》; 发布《Y方案》,
// no body before the verb) carries the passage's document out.
function tasked(ctx: Context, passages: Passages): Link[] {
  const out: Link[] = [];
  for (const p of ctx.policies) {
    if (derived(p) || p.end === p.start) continue;
    const s = spanAt(ctx.sentences, p.start);
    if (!s || !TASK_ISSUING.test(ctx.text.slice(s.start, p.start)) || /了|已|据统计|截至/.test(s.text))
      continue;
    const passage =
      passages.issued.filter((r) => r.at < s.start).at(-1)?.policy ??
      (passages.main && passages.main.start < s.start ? passages.main : undefined);
    if (!passage || passage.name === p.name || subjectBefore(ctx, s, p.start)) continue;
    out.push({ type: 'IMPLEMENTS', from: p, to: passage, start: p.start, end: p.end });
  }
  return out;
}

const TASK_ISSUING = /(?:发布|印发|出台|制定|编制|推出)$/;

// The article's document carries out a programme its clause puts after a verb of doing:
// 深入实施“东数西算”工程; 优化升级…枢纽节点; not 开展X试点，依托Y平台… (Y is only used).
// … and not one a body is said to carry out (市场监管总局推动商事制度改革): that is the body's work.
function carriedOut(ctx: Context, i: Mention<'Initiative'>): boolean {
  const s = spanAt(ctx.sentences, i.start);
  const before = ctx.text.slice(s?.start ?? i.start, i.start);
  const clause = /[^，,；;：:]*$/.exec(before)?.[0] ?? '';
  const verb = CARRYING_OUT.exec(clause);
  if (!verb || REPORTED.test(s?.text ?? '')) return false;
  const verbAt = i.start - clause.length + verb.index;
  return !ctx.agencies.some(
    (a) => a.end <= verbAt && verbAt - a.end <= 2 && a.start >= i.start - clause.length,
  );
}

// 《数字中国建设整体布局规划》 serves 数字中国建设: a title that holds a programme's name, outside
// any title nested in it, carries the programme out.
function titledAfter(ctx: Context): Link[] {
  const out: Link[] = [];
  for (const p of ctx.policies) {
    // the article's own document, named only by its title, too
    if (derived(p) || (p.end === p.start && p !== ctx.titled?.policy)) continue;
    // A name inside a document that p's title quotes (《<X>有关实施细则》) belongs to that document.
    const quoted = ctx.policies.filter((q) => q.name !== p.name && p.name.includes(q.name));
    for (const i of ctx.initiatives) {
      const holds = (n: string) => p.name.includes(n) && !quoted.some((q) => q.name.includes(n));
      if ([i.name, ...i.aliases].some(holds))
        out.push({ type: 'IMPLEMENTS', from: p, to: i, start: p.start, end: p.end });
    }
  }
  return out;
}

function amends(ctx: Context, main?: Mention<'Policy'>): Link[] {
  const out: Link[] = [];
  for (const s of ctx.sentences) {
    if (!REVISING.test(s.text)) continue;
    const policies = within(ctx.policies, s);
    // 本文件代替GB/T 19714—2005《…》: the document the text is about replaces the one it names
    const self = selfIn(ctx, s, main);
    const reviser = self ?? main;
    if (!reviser) continue;
    if (!self && !policies.some((p) => p.name === reviser.name) && !REPEALED.test(s.text)) continue;
    for (const p of policies) {
      const nested = policies.some((q) => q !== p && innerTitle(q) === p.name);
      if (p.name !== reviser.name && !nested) out.push(link('AMENDS', reviser, p, s));
    }
  }
  return out;
}

// 本文件 means the document of the section it stands in, or else the article's.
function selfIn(ctx: Context, s: Span, main?: Mention<'Policy'>): Mention<'Policy'> | undefined {
  const m = SELF.exec(s.text);
  return m ? (headingAbove(ctx, s.start + m.index) ?? main) : undefined;
}

// The document a section of a digest is under: named as its heading (***《X》征求意见稿***), also
// where the reader ran the lines together (…详见：…*《X》征求意见稿*本文件…); a later heading that
// names none (### 杭州全面开展…) opens a section of its own.
function headingAbove(ctx: Context, at: number): Mention<'Policy'> | undefined {
  const doc = ctx.policies.filter((p) => p.start < at && heading(ctx, p)).at(-1);
  const next = doc && ctx.paragraphs.find((h) => h.start > doc.end && h.start < at && headline(h.text));
  return next ? undefined : doc;
}

function headline(line: string): boolean {
  return (
    line.length >= 10 &&
    line.length <= 40 &&
    !/[。；！？，,：:]/.test(line) &&
    !/^[*#\s]*(?:[(（]?[一二三四五六七八九十\d]+[)）、.．]|第)/.test(line)
  );
}

function heading(ctx: Context, p: Mention<'Policy'>): boolean {
  const line = spanAt(ctx.paragraphs, p.start);
  if (!line || derived(p)) return false;
  const rest = ctx.text.slice(line.start, p.start) + ctx.text.slice(p.end, line.end);
  return /[*#]$/.test(ctx.text.slice(0, p.start)) || /^[*#\s]*[^，。；：,*#\s]{0,8}[*#\s]*$/.test(rest);
}

function basedOn(ctx: Context, main?: Mention<'Policy'>): Link[] {
  const out: Link[] = [];
  for (const m of ctx.text.matchAll(BASIS)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const s = spanAt(ctx.sentences, start);
    if (!s) continue;
    const bases = ctx.policies.filter((p) => p.start >= start && p.end <= end);
    const issued = within(ctx.policies, s).filter((p) => p.start >= end && !derived(p));
    const aboutMain = main && within(ctx.policies, s).some((p) => p.name === main.name);
    const self = selfIn(ctx, s, main);
    // …参考《Z》等国家标准制定本标准: 本标准 is what stands on the basis, not a title after it
    const docs = self ? [self] : issued.length ? issued : main && aboutMain ? [main] : [];
    for (const doc of docs)
      for (const base of bases) if (base.name !== doc.name) out.push(link('BASED_ON', doc, base, s));
  }
  return out;
}

// A body is located where its jurisdiction is; a power that is a region itself (欧盟) is not.
function locatedIn(ctx: Context): Link[] {
  return [...ctx.agencies, ...(ctx.titled?.issuers ?? [])]
    .filter((a) => a.region && a.region !== a.name)
    .map((a) => ({
      type: 'LOCATED_IN' as const,
      from: a,
      to: { type: 'Region' as const, name: a.region ?? '' },
      start: a.start,
      end: a.end,
    }));
}

function within<T extends Mention>(list: T[], s: Span): T[] {
  return list.filter((m) => m.start >= s.start && m.end <= s.end && m.end > m.start);
}

function link(type: RelationType, from: Mention, to: Mention, s: Span): Link {
  return { type, from, to, start: Math.min(from.start, to.start, s.start), end: Math.max(from.end, to.end) };
}
