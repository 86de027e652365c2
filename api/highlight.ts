// Search highlights: the name, HTML-escaped, with the runs it shares with the query in <mark>.
// A run is at least two characters (the CJK index matches character pairs), or the whole query.

export function highlight(name: string, query: string): string {
  const minimum = Math.min(2, query.length);
  let out = '';
  let i = 0;
  while (i < name.length) {
    let j = i;
    while (j < name.length && query.includes(name.slice(i, j + 1))) j++;
    if (j - i >= minimum) {
      out += `<mark>${escapeHtml(name.slice(i, j))}</mark>`;
      i = j;
    } else {
      out += escapeHtml(name.charAt(i));
      i++;
    }
  }
  return out;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
