// The table of contents of a newsletter issue (本期要目): its sections and the article titles
// listed under them, which mark where articles start in the body.

export interface Block {
  /** The line as plain text */
  text: string;
  /** The line without its heading or list marker, links kept (原文链接 needs the target) */
  raw: string;
  heading: boolean;
  item: boolean;
  /** Not joined to the next paragraph: a heading, or a caption whose credit line was dropped */
  whole?: boolean;
}

export interface TocEntry {
  title: string;
  section?: string;
  /** Listed with a page number (then a line without one continues the title) */
  paged: boolean;
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
    const line = tocLine(block);
    const last = toc.entries.at(-1);
    if (endsToc(block, toc)) {
      toc.end = i;
      break;
    }
    if (isSection(block, line)) {
      section = block.text;
      toc.sections.set(matchKey(section), section);
    } else if (last?.paged && line.page === undefined && !block.heading) {
      last.title += line.title; // a long title wrapped onto the next line
    } else toc.entries.push({ title: line.title, section, paged: line.page !== undefined });
  }
  return toc.entries.length > 0 ? toc : undefined;
}

/** "01 标题", "标题 ……… 12" or a bare title. */
function tocLine(block: Block): { title: string; page?: string } {
  const text = block.text.replace(/\s*\|\s*/g, ' ').trim(); // contents converted as a table
  const match = /^(\d{1,3}\s+)?(.+?)((?:\s+|[.…·]{2,}\s*)\d{1,3})?$/.exec(text);
  const page = match?.[1] ?? match?.[3];
  return { title: match?.[2] ?? text, page: page?.replace(/\D/g, '') };
}

/** A short heading or bold line without a page number: 国策要论, 地方新政. */
function isSection(block: Block, line: { page?: string }): boolean {
  const marked = block.heading || /^(\*\*|__).+(\*\*|__)$/.test(block.raw);
  return marked && line.page === undefined && block.text.length <= 12;
}

/**
 * The contents end where the body begins: at a listed title or section met again (or the start
 * of a listed title broken over headings), or at a sentence.
 */
function endsToc(block: Block, toc: Toc): boolean {
  const key = matchKey(block.text);
  const again = toc.sections.has(key) || toc.entries.some((e) => matchKey(e.title).startsWith(key));
  return again || /[。！？]$/.test(block.text) || block.text.length > 80;
}

/** How titles are compared: width, quotes, brackets, white space and case folded away. */
export function matchKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s《》“”"'‘’「」『』<>]/g, '')
    .replace(/[:：]$/, '')
    .toLowerCase();
}
