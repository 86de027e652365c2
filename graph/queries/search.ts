import type { NodeType } from '../../core/model.ts';
import type { Read } from './read.ts';
import { type NodeRow, nodeProjection } from './rows.ts';

export interface SearchRow {
  node: NodeRow;
  score: number;
}

// The index is asked for every hit lazily; the label filter and LIMIT stop it early.
const SEARCH = `CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS n, score
WHERE labels(n)[0] IN $types
RETURN ${nodeProjection('n')} AS node, score
ORDER BY score DESC, node.key
LIMIT $first`;

/** Entities whose names or aliases match `text` in the CJK full-text index, best first. */
export async function search(
  read: Read,
  index: string,
  text: string,
  types: readonly NodeType[],
  first: number,
): Promise<SearchRow[]> {
  return read<SearchRow>(SEARCH, { index, query: luceneQuery(text), types, first });
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** The whole text as a phrase ranks first; its words (CJK bigrams) still match on their own. */
export function luceneQuery(text: string): string {
  const words = text.trim().replace(LUCENE_SPECIAL, '\\$&');
  const phrase = text.trim().replace(/["\\]/g, '\\$&');
  return `"${phrase}"^4 OR (${words})`;
}
