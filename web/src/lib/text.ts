// Marked-up text as plain parts, so the UI renders it without {@html}: nothing from the server or an
// article is ever parsed as markup.

export interface Part {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** The API's search highlight (`<mark>` around the match, HTML-escaped otherwise) as parts. */
export function highlightParts(highlight: string): Part[] {
  return highlight
    .split(/(<mark>.*?<\/mark>)/)
    .filter((piece) => piece.length > 0)
    .map((piece) => {
      const marked = piece.startsWith('<mark>');
      const inner = marked ? piece.slice('<mark>'.length, -'</mark>'.length) : piece;
      return {
        text: inner.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity),
        marked,
      };
    });
}

/**
 * A sentence with every occurrence of the entity's names marked. Evidence offsets index the article,
 * not the sentence, so the mention is found again by name, longest name first (数据标注产业 before 数据标注).
 */
export function mentionParts(sentence: string, names: readonly string[]): Part[] {
  const wanted = [...new Set(names.filter((name) => name.length > 0))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return [{ text: sentence, marked: false }];
  const pattern = new RegExp(`(${wanted.map(escapeRegExp).join('|')})`, 'g');
  return sentence
    .split(pattern)
    .filter((piece) => piece.length > 0)
    .map((piece) => ({ text: piece, marked: wanted.includes(piece) }));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
