// Markdown as PDF converters and editors write it, reduced to the plain text that extraction reads.
// Evidence offsets index into `articleText`, so every source builds its text through these helpers.

/** The plain text of a Markdown body: one paragraph per line, emphasis and markup removed. */
export function articleText(markdown: string): string {
  const lines = markdown
    .split(/\r?\n/)
    .map((line) => ({ text: plainInline(stripBlockMarker(line)), heading: isHeading(line) }))
    .filter((line) => line.text !== '');
  const paragraphs = lines.map((line) => line.text);
  return mergeCutParagraphs(paragraphs, (index) => lines[index]?.heading === true).join('\n');
}

export function isHeading(line: string): boolean {
  return /^\s*#{1,6}\s/.test(line);
}

export function isItem(line: string): boolean {
  return /^\s*[-*+]\s+\S/.test(line);
}

/**
 * Joins each paragraph that ends mid-sentence with the one after it. `keep` marks paragraphs that
 * must stay whole (headings), which neither continue nor are continued.
 */
export function mergeCutParagraphs(paragraphs: string[], keep: (index: number) => boolean = () => false) {
  const merged: string[] = [];
  let open = false;
  paragraphs.forEach((paragraph, index) => {
    const last = merged.length - 1;
    if (open && !keep(index) && !isTable(paragraph)) merged[last] = glue(merged[last] ?? '', paragraph);
    else merged.push(paragraph);
    open = !keep(index) && !isTable(paragraph) && !endsSentence(merged[merged.length - 1] ?? '');
  });
  return merged;
}

/** One line of Markdown as plain text: no emphasis, images, tags, link targets or escapes. */
export function plainInline(line: string): string {
  return unescapeMarkdown(
    line
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<(https?:[^>\s]+)>/g, '$1')
      .replace(/<\/?[a-zA-Z][^>]*>/g, '')
      .replace(/\*\*|__(?=\S)|(?<=\S)__/g, ''),
  ).trim();
}

export function unescapeMarkdown(text: string): string {
  return text.replace(/\\+([\\`*_{}[\]()#+\-.!<>|~])/g, '$1');
}

/** Heading, list and quote markers at the start of a line. */
export function stripBlockMarker(line: string): string {
  return line.replace(/^\s*(#{1,6}\s+|>\s*|[-*+]\s+(?=\S))/, '');
}

/** Text that starts like a heading, quote or list marker, escaped so that it stays text. */
export function escapeBlockMarker(text: string): string {
  return text.replace(/^([#>*+-])/, '\\$1');
}

/**
 * A title with the stray spaces of PDF conversion removed ("2024 年" → "2024年"): white space
 * touching a Chinese character or punctuation goes, white space between Latin words stays.
 */
export function cleanTitle(text: string): string {
  return collapseSpaces(plainInline(text))
    .replace(/ (?=[\p{Script=Han}\p{P}])|(?<=[\p{Script=Han}\p{P}]) /gu, '')
    .trim();
}

/** White space runs as one space: for titles from HTML or JSON, where spaces are meant. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const SENTENCE_END = /[。！？；：…”’」』）)】.!?;:]$/u;

function endsSentence(paragraph: string): boolean {
  return SENTENCE_END.test(paragraph) || paragraph.length === 0;
}

function isTable(paragraph: string): boolean {
  return paragraph.includes('\t') || paragraph.startsWith('|');
}

function glue(head: string, tail: string): string {
  return /[A-Za-z0-9]$/.test(head) && /^[A-Za-z0-9]/.test(tail) ? `${head} ${tail}` : head + tail;
}
