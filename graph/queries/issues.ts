import type { Read } from './read.ts';
import type { IssueRow } from './rows.ts';

const ISSUES_OF = `UNWIND $keys AS key
MATCH (:Article {key: key})-[:PUBLISHED_IN]->(i:Issue)
RETURN key, i {.key, .name, .publication, .date, .number, .serial} AS issue`;

/** The newsletter issue each article was published in. */
export async function issuesOf(read: Read, articleKeys: readonly string[]) {
  return read<{ key: string; issue: IssueRow }>(ISSUES_OF, { keys: articleKeys });
}
