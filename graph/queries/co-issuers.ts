import type { Read } from './read.ts';
import { type NodeRow, nodeProjection } from './rows.ts';

const CO_ISSUERS = `UNWIND $keys AS key
MATCH (:Agency {key: key})<-[:ISSUED_BY]-(:Policy)-[:ISSUED_BY]->(m:Agency)
WHERE m.key <> key
WITH key, m, count(*) AS together ORDER BY together DESC, m.name
WITH key, collect(m)[..$limit] AS found
UNWIND found AS m
RETURN key, ${nodeProjection('m')} AS node`;

/** For each agency, the agencies it issued documents with, most joint documents first. */
export async function coIssuers(read: Read, keys: readonly string[], limit = 100) {
  return read<{ key: string; node: NodeRow }>(CO_ISSUERS, { keys, limit });
}
