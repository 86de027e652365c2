import type { Read } from './read.ts';
import { type NodeRow, nodeProjection } from './rows.ts';

// Transitively: a 实施细则 implementing a plan that implements the initiative counts too.
const IMPLEMENTERS = `UNWIND $keys AS key
MATCH (:Initiative {key: key})<-[:IMPLEMENTS*1..6]-(m:Policy)
WITH DISTINCT key, m ORDER BY m.name
WITH key, collect(m)[..$limit] AS found
UNWIND found AS m
RETURN key, ${nodeProjection('m')} AS node`;

/** For each initiative, the policies implementing it directly or through other policies. */
export async function transitiveImplementers(read: Read, keys: readonly string[], limit = 200) {
  return read<{ key: string; node: NodeRow }>(IMPLEMENTERS, { keys, limit });
}
