// Related-policy discovery: structural signals from the graph plus TF-IDF text similarity. The
// text index is built from the whole corpus once per graph version and shared by all requests.

import type { Read } from '../queries/read.ts';
import { policyCorpus, relatedSignals, textVersion } from '../queries/related.ts';
import { type Scored, scoreRelated } from './score.ts';
import { buildTextIndex, type TextDocument, type TextIndex } from './tfidf.ts';
import { corpusWords } from './words.ts';

const TITLE_WEIGHT = 3;
/** How many text neighbours to consider before merging with the graph's signals. */
const TEXT_CANDIDATES = 50;

let cached: { version: string; index: Promise<TextIndex> } | undefined;
let checking: Promise<string> | undefined;

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
  const version = await currentVersion(read);
  if (cached?.version !== version) {
    const index = loadTextIndex(corpusRead);
    cached = { version, index };
    index.catch(() => {
      if (cached?.index === index) cached = undefined;
    });
  }
  return cached.index;
}

// Requests arriving together share one version read: fifty at once cost one round trip.
function currentVersion(read: Read): Promise<string> {
  checking ??= textVersion(read).finally(() => {
    checking = undefined;
  });
  return checking;
}

// A policy's text is its names, the articles that report it, and again the sentences that name
// it: an article of a newsletter reports many policies, its sentences say which one is which.
async function loadTextIndex(read: Read): Promise<TextIndex> {
  const { policies, articles } = await policyCorpus(read);
  const segment = corpusWords();
  const bodies = new Map<string, string[]>();
  for (const a of articles) bodies.set(a.key, await segment(`${a.title}\n${a.text}`));
  const documents: TextDocument[] = [];
  for (const p of policies) {
    documents.push({
      key: p.key,
      parts: [
        { words: await segment([p.name, ...p.aliases].join('\n')), weight: TITLE_WEIGHT },
        { words: await segment(p.sentences.join('\n')), weight: 1 },
        ...p.articles.map((a) => ({ words: bodies.get(a) ?? [], weight: 1 })),
      ],
    });
  }
  return buildTextIndex(documents);
}
