// TF-IDF vectors of policies and cosine similarity between them, through an inverted index so a
// query touches only the documents sharing a word with it.

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

type Vector = Map<string, number>;

export function buildTextIndex(documents: TextDocument[]): TextIndex {
  const counts = new Map(documents.map((d) => [d.key, termCounts(d.parts)]));
  const idf = inverseFrequencies([...counts.values()], documents.length);
  const vectors = new Map<string, Vector>();
  const postings = new Map<string, [string, number][]>();
  for (const [key, terms] of counts) {
    const vector = normalise(
      new Map([...terms].map(([t, tf]) => [t, (1 + Math.log(tf)) * (idf.get(t) ?? 0)])),
    );
    vectors.set(key, vector);
    for (const [term, weight] of vector) {
      const list = postings.get(term) ?? [];
      list.push([key, weight]);
      postings.set(term, list);
    }
  }
  return {
    size: documents.length,
    similar(key, first) {
      const scores = new Map<string, number>();
      for (const [term, weight] of vectors.get(key) ?? []) {
        for (const [other, w] of postings.get(term) ?? []) {
          if (other !== key) scores.set(other, (scores.get(other) ?? 0) + weight * w);
        }
      }
      return [...scores]
        .map(([other, similarity]) => ({ key: other, similarity }))
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

function normalise(vector: Vector): Vector {
  const length = Math.sqrt([...vector.values()].reduce((sum, w) => sum + w * w, 0));
  return length === 0 ? vector : new Map([...vector].map(([t, w]) => [t, w / length]));
}
