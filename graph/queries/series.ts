import type { Read } from './read.ts';
import { type NodeRow, nodeProjection } from './rows.ts';

// The same measure (metric name) about the same subject, across years and target/actual.
const SERIES = `UNWIND $keys AS key
MATCH (metric:Metric {key: key})-[:MEASURES]->(subject)<-[:MEASURES]-(m:Metric)
WHERE m.name = metric.name
WITH DISTINCT key, m ORDER BY m.year, m.kind
RETURN key, ${nodeProjection('m')} AS node`;

/** For each metric, every figure of its measure for its subject (itself included), by year. */
export async function series(read: Read, keys: readonly string[]) {
  return read<{ key: string; node: NodeRow }>(SERIES, { keys });
}
