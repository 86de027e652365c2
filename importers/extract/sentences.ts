// Sentences and clauses with their offsets in the article text, so evidence can point back into it.

export interface Span {
  text: string;
  start: number;
  end: number;
}

// A sentence ends at 。！？ (and their ASCII forms), or at a paragraph break; a closing quote or
// bracket right after the stop belongs to the sentence.
const SENTENCE = /[^。！？!?\n]+(?:[。！？!?]+[”’」』）)]*|\n|$)/g;
const CLAUSE = /[^，,；;：:。！？!?\n]+/g;

export function splitSentences(text: string): Span[] {
  return spans(text, SENTENCE, 0);
}

/** Clauses of a sentence, split at commas, semicolons and colons; offsets stay in the article. */
export function splitClauses(sentence: Span): Span[] {
  return spans(sentence.text, CLAUSE, sentence.start);
}

// The head of an official notice is no paragraph of its text: the document number on its own line
// (武府办发〔2025〕8号) and the addressees (各街道办事处，区级各部门：), so the body's first paragraph is
// the one that says what is issued.
// The reader joins the two when no punctuation ends the number's line.
const NOTICE_HEAD =
  /^(?=.)(?:[\u4e00-\u9fa5]{1,14}[〔［[]\d{4}[〕］\]]\s*\d+\s*号)?\s*(?:(?:各|有关)[^。！？\n]*[：:])?$/;

/** Paragraphs: runs of text between blank lines or single line breaks, without a notice's head. */
export function splitParagraphs(text: string): Span[] {
  return spans(text, /[^\n]+/g, 0).filter((p) => !NOTICE_HEAD.test(p.text));
}

/** The span that contains offset `at`, by binary search over sorted spans. */
export function spanAt(list: Span[], at: number): Span | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = list[mid];
    if (!span) break;
    if (at < span.start) hi = mid - 1;
    else if (at >= span.end) lo = mid + 1;
    else return span;
  }
  return undefined;
}

function spans(text: string, pattern: RegExp, offset: number): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(pattern)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === '') continue;
    const start = offset + (m.index ?? 0) + lead;
    out.push({ text: body, start, end: start + body.length });
  }
  return out;
}
