// The document each passage of an article speaks of: where an article reports several documents
// (《A》和《B》, then a paragraph on each), the figures and programmes of a passage are its document's.

import { CITED_AS_BASIS, docTypeOf, textBefore } from './policies.ts';
import type { Context, Mention } from './types.ts';

// A document that is the topic of its sentence: 《行动方案》提出, 《措施》明确, 《行动方案》从7个方面明确了.
// 将实施《X》，力争到2026年…: the aim right after a document is its target.
export const STATES = /^[^。]{0,10}?(提出|明确|要求|指出|部署|目标|力争|争取)/;
// 规划提出, 方案明确: a document named by its type alone, opening its clause.
const BARE_TYPE =
  /(?<=^|[，。；：\n”])\s*(实施方案|行动方案|行动计划|实施意见|指导意见|规划|方案|意见|计划|措施|办法|通知|指南|纲要|细则|条例)(?=[^，。]{0,4}?(提出|明确|要求|指出|部署|强调|规定))/g;
// 出台了X, 印发了X: the passage reports the document's issue and goes on to what it holds.
const ISSUED = /(出台|印发|发布|公布)了$/;
// A tail says more than its type: 优化营商环境15条措施, not 10条措施.
const TAIL_WORDS = 4;

export interface Reference {
  policy: Mention<'Policy'>;
  at: number;
  /** the passage speaks of it as the one that says what follows (《X》提出, 规划明确, X中，…), not
   * only as one whose aims are met (完成《X》目标任务) */
  says: boolean;
}

// 《X》提出, 报告中，…: the document says what the passage goes on to.
const SAYS = /^[^。]{0,10}?(提出|明确|要求|指出|部署|强调)|^中[，,：:]/;

/** Every place the article speaks of a document as its topic, in text order. */
export function spokenOf(ctx: Context, main?: Mention<'Policy'>): Reference[] {
  const { text } = ctx;
  const titled = ctx.policies
    .filter((p) => p.end > p.start && !citedAsBasis(ctx, p))
    .filter(
      (p) =>
        STATES.test(text.slice(p.end, p.end + 14)) ||
        ISSUED.test(text.slice(p.start - 4, p.start)) ||
        /^中[，,：:]/.test(text.slice(p.end, p.end + 2)),
    )
    .map((p) => ({ policy: p, at: p.start, says: SAYS.test(text.slice(p.end, p.end + 14)) }));
  return [...titled, ...tails(ctx), ...bareTypes(ctx, main)].sort((a, b) => a.at - b.at);
}

// 《办法》依据《条例》等规定制定: the basis is not the document that states.
export function citedAsBasis(ctx: Context, p: Mention<'Policy'>): boolean {
  return CITED_AS_BASIS.test(textBefore(ctx.text, p.start));
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
      out.push(...found.map((at) => ({ policy, at, says: false })));
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
        : ctx.policies.filter((p) => p.start < at && ofType(p) && !citedAsBasis(ctx, p)).at(-1);
    if (policy) out.push({ policy, at, says: true });
  }
  return out;
}

function occurrences(text: string, s: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length)) out.push(at);
  return out;
}
