// Related-policy discovery: structural signals from the graph plus TF-IDF text similarity. The
// text index is built from the whole corpus once per graph version and shared by all requests.

import type { Read } from '../queries/read.ts';
import { policyCorpus, relatedSignals, textVersion } from '../queries/related.ts';
import { type Scored, scoreRelated } from './score.ts';
import { buildTextIndex, type TextIndex } from './tfidf.ts';
import { words } from './words.ts';

const TITLE_WEIGHT = 3;
/** How many text neighbours to consider before merging with the graph's signals. */
const TEXT_CANDIDATES = 50;

let cached: { version: string; index: Promise<TextIndex> } | undefined;

/**
 * The `first` policies most related to policy `key`, with a score and reasons in Chinese.
 * `corpusRead` reads the whole corpus when the text index must be (re)built: give it a longer
 * transaction timeout than a request's.
 */
export async function relatedPolicies(
  read: Read,
  key: string,
  first: number,
  corpusRead: Read = read,
): Promise<Scored[]> {
  const [signals, index] = await Promise.all([relatedSignals(read, key), textIndex(read, corpusRead)]);
  return scoreRelated(signals, index.similar(key, TEXT_CANDIDATES), first);
}

/** Builds the text index now (at server start) so that the first request does not wait for it. */
export async function warmTextIndex(read: Read): Promise<number> {
  return (await textIndex(read, read)).size;
}

async function textIndex(read: Read, corpusRead: Read): Promise<TextIndex> {
  const version = await textVersion(read);
  if (cached?.version !== version) {
    const index = loadTextIndex(corpusRead);
    cached = { version, index };
    index.catch(() => {
      if (cached?.index === index) cached = undefined;
    });
  }
  return cached.index;
}

// A policy's text is its names and the articles that report it.
async function loadTextIndex(read: Read): Promise<TextIndex> {
  const { policies, articles } = await policyCorpus(read);
  const bodies = new Map(articles.map((a) => [a.key, words(`${a.title}\n${a.text}`)]));
  const documents = policies.map((p) => ({
    key: p.key,
    parts: [
      { words: words([p.name, ...p.aliases].join('\n')), weight: TITLE_WEIGHT },
      ...p.articles.map((a) => ({ words: bodies.get(a) ?? [], weight: 1 })),
    ],
  }));
  return buildTextIndex(documents);
}
