// The words of a text that say what it is about, for text similarity: nouns, verbs, names and
// idioms from the importers' segmenter (one dictionary load for the whole process).
import { tokenize } from '../../core/segment.ts';

/** jieba part-of-speech tags of content words: nouns (n, nr, ns, nt, nz …), verbs, vn, idioms, English. */
const CONTENT_TAG = /^(n|v|vn|l|i|j|eng)/;

// Frequent verbs and nouns of policy prose that say nothing about a document's subject.
const STOPWORDS = new Set(
  '进一步 加快 推动 推进 促进 加强 提升 开展 发布 印发 通知 工作 方面 有关 相关 进行 实施 建设 发展 提出 支持 鼓励 完善'.split(
    ' ',
  ),
);

/** The content words of a text, in order. */
export function words(text: string): string[] {
  return tokenize(text)
    .filter(({ word, tag }) => word.length > 1 && CONTENT_TAG.test(tag) && !STOPWORDS.has(word))
    .map(({ word }) => word);
}

/** Sentence ends and line breaks; the punctuation stays with its sentence. */
const SENTENCE_END = /(?<=[。！？；\n])/;
/** Longest stretch of segmenting between two turns of the event loop. */
const SLICE_MS = 20;

/**
 * `words` for a whole corpus: each distinct sentence is segmented once (newsletters repeat their
 * boilerplate, and a policy's own sentences are part of its articles too), and the segmenter
 * yields to the event loop every few milliseconds so that a server keeps answering requests
 * while it builds an index.
 */
export function corpusWords(): (text: string) => Promise<string[]> {
  const known = new Map<string, string[]>();
  let sliceStart = performance.now();
  return async (text) => {
    const out: string[] = [];
    for (const sentence of text.split(SENTENCE_END)) {
      const found = known.get(sentence) ?? words(sentence);
      known.set(sentence, found);
      for (const word of found) out.push(word);
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((done) => setImmediate(done));
      sliceStart = performance.now();
    }
    return out;
  };
}
