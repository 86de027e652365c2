// The table of contents of a newsletter issue (本期要目): its sections and the article titles
// listed under them, which mark where articles start in the body.

export interface Block {
  /** The line as plain text */
  text: string;
  /** The line without its heading or list marker, links kept (原文链接 needs the target) */
  raw: string;
  heading: boolean;
  item: boolean;
}

export interface TocEntry {
  title: string;
  section?: string;
}

export interface Toc {
  /** Index of the 本期要目 block, and of the first block after the contents */
  start: number;
  end: number;
  entries: TocEntry[];
  /** Section names by match key */
  sections: Map<string, string>;
}

const TOC_HEADINGS = new Set(['本期要目', '本期目录', '目录', '要目', '本期导读', '本期看点', 'contents']);

export function readToc(blocks: Block[]): Toc | undefined {
  const start = blocks.findIndex((b) => TOC_HEADINGS.has(matchKey(b.text)));
  if (start < 0) return undefined;
  const toc: Toc = { start, end: blocks.length, entries: [], sections: new Map() };
  let section: string | undefined;
  for (let i = start + 1; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    const entry =
      /^(?:\d{1,3}\s+)?(.+?)(?:(?:\s+|[.…·]{2,}\s*)\d{1,3})?$/.exec(block.text)?.[1] ?? block.text;
    const listed = toc.entries.some((e) => matchKey(e.title) === matchKey(block.text));
    if (listed || /[。！？]$/.test(block.text) || block.text.length > 80) {
      toc.end = i;
      break;
    }
    if (isSection(block)) {
      section = block.text;
      toc.sections.set(matchKey(section), section);
    } else toc.entries.push({ title: entry, section });
  }
  return toc.entries.length > 0 ? toc : undefined;
}

function isSection(block: Block): boolean {
  const numbered = /^\d{1,3}\s|\s\d{1,3}$/.test(block.text);
  return !numbered && !block.item && block.text.length <= 12;
}

/** How titles are compared: width, quotes, brackets, white space and case folded away. */
export function matchKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s《》“”"'‘’「」『』<>]/g, '')
    .replace(/[:：]$/, '')
    .toLowerCase();
}
