// TF-IDF vectors of policies and cosine similarity between them. A query walks the posting lists
// of only the source's heaviest terms (as Lucene's MoreLikeThis does) and then scores the best
// candidates exactly: a policy reported by thousands of articles carries most of the vocabulary,
// and walking all its terms' postings would cost each request a pass over the whole index.

export interface Part {
  /** The text's content words (see words.ts) */
  words: string[];
  /** How much this text counts towards the document (a title counts more than a body). */
  weight: number;
}

export interface TextDocument {
  key: string;
  parts: Part[];
}

export interface TextIndex {
  /** The `first` documents most similar to `key`, with their cosine similarity (> 0). */
  similar(key: string, first: number): { key: string; similarity: number }[];
  size: number;
}

/** A unit vector, its terms heaviest first. */
type Vector = Map<string, number>;

/** The documents holding a term (by number) and the term's weight in each. */
interface Posting {
  ids: number[];
  weights: number[];
}

export interface SearchLimits {
  /** Posting lists walked per query: the source's heaviest terms shared with another document. */
  queryTerms: number;
  /** Candidates, best by those terms, scored exactly. */
  candidates: number;
}

const SEARCH_LIMITS: SearchLimits = { queryTerms: 32, candidates: 200 };

export function buildTextIndex(documents: TextDocument[], limits = SEARCH_LIMITS): TextIndex {
  const keys = documents.map((d) => d.key);
  const ids = new Map(keys.map((key, id) => [key, id]));
  const counts = documents.map((d) => termCounts(d.parts));
  const idf = inverseFrequencies(counts, documents.length);
  const vectors = counts.map((terms) =>
    unitVector([...terms].map(([t, tf]) => [t, (1 + Math.log(tf)) * (idf.get(t) ?? 0)])),
  );
  const postings = new Map<string, Posting>();
  vectors.forEach((vector, id) => {
    for (const [term, weight] of vector) {
      const list = postings.get(term) ?? { ids: [], weights: [] };
      list.ids.push(id);
      list.weights.push(weight);
      postings.set(term, list);
    }
  });
  // Partial scores by document number, reused by every query (a query runs synchronously) and
  // cleared after each: no map of strings is built per request.
  const partial = new Float64Array(documents.length);
  return {
    size: documents.length,
    similar(key, first) {
      const id = ids.get(key);
      const source = id === undefined ? undefined : vectors[id];
      if (id === undefined || !source) return [];
      const touched: number[] = [];
      let walked = 0;
      for (const [term, weight] of source) {
        const list = postings.get(term);
        // A term of this document alone finds nothing: it must not take a walked list's place.
        if (!list || list.ids.length < 2) continue;
        list.ids.forEach((other, i) => {
          if (partial[other] === 0) touched.push(other);
          partial[other] = (partial[other] ?? 0) + weight * (list.weights[i] ?? 0);
        });
        if (++walked === limits.queryTerms) break;
      }
      const candidates = touched
        .filter((other) => other !== id)
        .sort((a, b) => (partial[b] ?? 0) - (partial[a] ?? 0))
        .slice(0, Math.max(limits.candidates, first));
      for (const other of touched) partial[other] = 0;
      return candidates
        .map((other) => ({ key: keys[other] ?? '', similarity: dot(source, vectors[other] ?? new Map()) }))
        .sort((a, b) => b.similarity - a.similarity || a.key.localeCompare(b.key))
        .slice(0, first);
    },
  };
}

function termCounts(parts: Part[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const part of parts) {
    for (const word of part.words) counts.set(word, (counts.get(word) ?? 0) + part.weight);
  }
  return counts;
}

function inverseFrequencies(documents: Map<string, number>[], total: number): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const terms of documents) {
    for (const term of terms.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  return new Map([...frequency].map(([term, df]) => [term, Math.log((1 + total) / (1 + df)) + 1]));
}

function unitVector(weights: [string, number][]): Vector {
  const length = Math.sqrt(weights.reduce((sum, [, w]) => sum + w * w, 0));
  const sorted = weights.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return new Map(length === 0 ? sorted : sorted.map(([t, w]) => [t, w / length]));
}

/** Walks the shorter vector: a hub's long vector costs nothing against a short one. */
function dot(a: Vector, b: Vector): number {
  const [short, long] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, w] of short) sum += w * (long.get(term) ?? 0);
  return sum;
}
