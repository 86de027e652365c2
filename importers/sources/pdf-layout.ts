// A PDF's text layer as Markdown that the newsletter and article readers take. A text layer is
// positioned runs of text, not paragraphs: runs on one baseline make a line; lines make a
// paragraph until a wider gap, an indented first line or a short last line; a line larger than
// the body's type is a heading, its level by size. The first and last lines of a page that repeat
// in the same place on other pages (digits aside), and bare page numbers, are running heads and
// footers.

import { escapeBlockMarker } from './markdown.ts';
import { mendCharacters, simplifiedVariants } from './pdf-characters.ts';

/** A run of text on a page, at its baseline's left end, in PDF units (y grows upwards). */
export interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface Line {
  text: string;
  page: number;
  left: number;
  right: number;
  y: number;
  size: number;
  /** Width of the line's first word (a Chinese character is one): whether it fits on the line before */
  lead: number;
}

/** Markdown for the pages' runs (one array per page, in the order the page draws them). */
export function layoutMarkdown(pages: Run[][]): string {
  const lines = withoutFurniture(pages.map((runs, page) => toLines(runs, page)));
  return simplifiedVariants(toBlocks(lines).join('\n\n'));
}

/**
 * Runs on one baseline, left to right; a gap wider than a third of the type is a space, one wider
 * than one and a half is a table's column break (a tab, as the Markdown readers take tables).
 */
export function toLines(runs: Run[], page: number): Line[] {
  const lines: Line[] = [];
  const sorted = runs
    .filter((run) => run.text !== '')
    .sort((a, b) => b.y - a.y || a.x - b.x)
    .reduce<Run[][]>((rows, run) => {
      const row = rows.at(-1);
      if (row && Math.abs((row[0] as Run).y - run.y) <= 0.4 * Math.max(run.size, (row[0] as Run).size))
        row.push(run);
      else rows.push([run]);
      return rows;
    }, []);
  for (const row of sorted) {
    if (row.every((run) => run.text.trim() === '')) continue;
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const run of row) {
      const gap = run.x - end;
      if (text !== '' && gap > 1.5 * run.size) text = `${text.trimEnd()}\t`;
      else if (text !== '' && gap > run.size / 3 && !/\s$/.test(text)) text += ' ';
      text += run.text;
      end = run.x + run.width;
    }
    const first = row.find((run) => run.text.trim() !== '') as Run;
    const size = Math.max(...row.map((run) => run.size));
    const lead = leadWidth(row.filter((run) => run.text.trim() !== ''));
    lines.push({
      text: mendCharacters(text).trim(),
      page,
      left: first.x,
      right: end,
      y: first.y,
      size,
      lead,
    });
  }
  return lines;
}

/** The width of the first word of a line's runs, each character taken as wide as its run's average. */
function leadWidth(runs: Run[]): number {
  const first = runs[0];
  if (!first) return 0;
  const word = /^[\p{Script=Latin}\p{N}\p{P}\p{S}]*[\p{Script=Latin}\p{N}]|^./u.exec(
    runs
      .map((run) => run.text)
      .join('')
      .trimStart(),
  );
  let left = word?.[0].length ?? 0;
  let width = 0;
  for (const run of runs) {
    const taken = Math.min(left, run.text.length);
    width += (run.width * taken) / Math.max(1, run.text.length);
    left -= taken;
    if (left === 0) break;
  }
  return width;
}

/** The lines of all pages without running heads, footers and page numbers. */
function withoutFurniture(pages: Line[][]): Line[] {
  const edges = pages.map((lines) => [...lines.slice(0, 2), ...lines.slice(-2)]);
  const seen = new Map<string, Set<number>>();
  edges.forEach((lines, page) => {
    for (const line of lines) seen.set(shape(line), (seen.get(shape(line)) ?? new Set()).add(page));
  });
  const repeated = (line: Line) => (seen.get(shape(line))?.size ?? 0) >= Math.max(2, pages.length * 0.4);
  return pages.flatMap((lines, page) =>
    lines.filter((line) => !(edges[page]?.includes(line) && (repeated(line) || PAGE_NUMBER.test(line.text)))),
  );
}

/** "3", "- 3 -", "3/19", "第 3 页", "Page 3 of 19" */
const PAGE_NUMBER =
  /^(?:[-—–\s]*\d{1,4}(?:\s*\/\s*\d{1,4})?[-—–\s]*|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|page \d+( of \d+)?)$/i;

/** A line's place and text with its figures blanked, so "3/19" and "4/19" are one footer. */
function shape(line: Line): string {
  return `${Math.round(line.y / 5)}:${line.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
}

function toBlocks(lines: Line[]): string[] {
  const body = bodySize(lines);
  const levels = headingLevels(lines, body);
  const step = lineStep(lines, body);
  const { left, right } = margins(lines, body);
  const blocks: { level: number; lines: Line[] }[] = [];
  lines.forEach((line, index) => {
    const level = levels.get(roundSize(line.size)) ?? 0;
    const block = blocks.at(-1);
    const previous = lines[index - 1];
    if (block && previous && block.level === level && continues(previous, line, { step, left, right, level }))
      block.lines.push(line);
    else blocks.push({ level, lines: [line] });
  });
  return blocks.map(({ level, lines }) => {
    const text = escapeBlockMarker(lines.map((line) => line.text).reduce(glue));
    return level > 0 ? `${'#'.repeat(level)} ${text}` : text;
  });
}

interface Frame {
  step: number;
  left: number;
  right: number;
  level: number;
}

/** Whether `line` goes on the paragraph (or the wrapped heading) that `previous` is in. */
function continues(previous: Line, line: Line, frame: Frame): boolean {
  const em = line.size;
  // A line ends its paragraph when the next line's first word would have fitted after it.
  const short = previous.right + line.lead < frame.right - em;
  const indented = line.left > previous.left + em * 0.9 && line.left > frame.left + em * 0.9;
  if (frame.level > 0) return line.page === previous.page && previous.y - line.y < 1.8 * em;
  if (short || indented) return false;
  // Over a page break only the gap is unknown: a paragraph cut there stops mid-sentence.
  if (line.page !== previous.page) return !/[。！？]$/.test(previous.text);
  return previous.y - line.y <= frame.step * 1.25;
}

/** The body's type size: the size most of the text is set in. */
function bodySize(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const line of lines)
    weight.set(roundSize(line.size), (weight.get(roundSize(line.size)) ?? 0) + line.text.length);
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** Sizes clearly above the body's, largest first, as heading levels 1 to 6. */
function headingLevels(lines: Line[], body: number): Map<number, number> {
  const sizes = [...new Set(lines.map((line) => roundSize(line.size)))].filter((size) => size >= body * 1.15);
  return new Map(
    sizes
      .sort((a, b) => b - a)
      .slice(0, 6)
      .map((size, index) => [size, index + 1]),
  );
}

/** The usual distance between the baselines of two body lines of one paragraph. */
function lineStep(lines: Line[], body: number): number {
  const steps = lines.flatMap((line, i) => {
    const next = lines[i + 1];
    const sameKind =
      next && next.page === line.page && roundSize(line.size) === body && roundSize(next.size) === body;
    return sameKind && line.y > next.y ? [line.y - next.y] : [];
  });
  return median(steps) ?? body * 1.5;
}

/** The body's left edge (its most common start) and right edge (where full lines end). */
function margins(lines: Line[], body: number): { left: number; right: number } {
  const bodyLines = lines.filter((line) => roundSize(line.size) === body);
  const rights = bodyLines.map((line) => line.right).sort((a, b) => a - b);
  const left = Math.min(...bodyLines.map((line) => line.left));
  return { left, right: rights[Math.floor(rights.length * 0.9)] ?? 0 };
}

function median(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function roundSize(size: number): number {
  return Math.round(size * 2) / 2;
}

/** Joins the lines of a paragraph: Latin words get their space back, except inside an address. */
function glue(head: string, tail: string): string {
  const lastWord = /\S*$/.exec(head)?.[0] ?? '';
  const inAddress = /^(?:https?:\/\/|www\.)/i.test(lastWord);
  return /[A-Za-z0-9,.;:]$/.test(head) && /^[A-Za-z0-9]/.test(tail) && !inAddress
    ? `${head} ${tail}`
    : head + tail;
}
