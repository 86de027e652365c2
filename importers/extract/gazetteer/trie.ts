// A character trie over the surface forms of a gazetteer, scanned longest-leftmost: at each
// position the longest known form wins and the scan resumes after it, so 内蒙古自治区 is one
// match, never 蒙古 inside it. Walking the trie costs a few map lookups per character.

export interface FormMatch<T> {
  start: number;
  /** exclusive */
  end: number;
  form: string;
  values: T[];
}

interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  values?: T[];
}

export class FormTrie<T> {
  readonly #root: TrieNode<T> = { children: new Map() };

  /** Map `form` to `values` (kept by reference); an empty list makes the form a blocker that the
   * scan consumes without reporting it. */
  set(form: string, values: T[]): void {
    let node = this.#root;
    // code units, not code points, so that offsets agree with `scan`
    for (let i = 0; i < form.length; i++) {
      const char = form[i] as string;
      let child = node.children.get(char);
      if (!child) {
        child = { children: new Map() };
        node.children.set(char, child);
      }
      node = child;
    }
    node.values = values;
  }

  /** Longest-leftmost, non-overlapping matches of the forms in `text`. */
  scan(text: string): FormMatch<T>[] {
    const matches: FormMatch<T>[] = [];
    let start = 0;
    while (start < text.length) {
      const found = this.#longestAt(text, start);
      if (found) {
        const form = text.slice(start, found.end);
        if (found.values.length > 0) matches.push({ start, end: found.end, form, values: found.values });
        start = found.end;
      } else {
        start += 1;
      }
    }
    return matches;
  }

  #longestAt(text: string, start: number): { end: number; values: T[] } | undefined {
    let node: TrieNode<T> | undefined = this.#root;
    let best: { end: number; values: T[] } | undefined;
    for (let i = start; i < text.length; i++) {
      node = node.children.get(text[i] as string);
      if (!node) break;
      if (node.values) best = { end: i + 1, values: node.values };
    }
    return best;
  }
}
