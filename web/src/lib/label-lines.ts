// A label as the canvas writes it under a node: at most two short lines, broken between Chinese
// characters or at spaces, never inside a number or a Latin word; a ` · ` where a line breaks is
// dropped, and what does not fit ends in "…" (the whole label shows on hover, GraphCanvas.svelte).

/** A line's room, in Chinese characters; other characters count a little over half. */
export const LINE_WIDTH = 12;
export const MAX_LINES = 2;

// A separator, a run of spaces, a number or Latin word, or any one character.
const TOKEN = /\s+·\s+|\s+|[A-Za-z0-9.%]+|./gsu;
const NARROW = 0.55;

export function labelLines(label: string, width = LINE_WIDTH, maxLines = MAX_LINES): string {
  const lines: string[] = [];
  let line = '';
  let gap = '';
  for (const token of label.match(TOKEN) ?? []) {
    if (/^\s/.test(token)) {
      gap = token.includes('·') ? ' · ' : ' ';
      continue;
    }
    const longer = line ? line + gap + token : token;
    if (line && widthOf(longer) > width) {
      lines.push(line);
      line = token;
    } else line = longer;
    gap = '';
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines.join('\n');
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = shortened(kept[maxLines - 1] ?? '', width);
  return kept.join('\n');
}

function shortened(line: string, width: number): string {
  let chars = [...line];
  while (chars.length > 0 && widthOf(`${chars.join('')}…`) > width) chars = chars.slice(0, -1);
  return `${chars.join('').trimEnd()}…`;
}

function widthOf(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) < 0x2e80 ? NARROW : 1;
  return width;
}
