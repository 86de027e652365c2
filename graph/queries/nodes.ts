import type { Read } from './read.ts';
import { NODE_BY_KEY, type NodeRow, nodeProjection } from './rows.ts';

const NODES_BY_KEYS = `UNWIND $keys AS key
${NODE_BY_KEY}
RETURN ${nodeProjection('n')} AS node`;

/** The nodes with these keys; unknown keys are simply absent from the result. */
export async function nodesByKeys(read: Read, keys: readonly string[]): Promise<NodeRow[]> {
  const rows = await read<{ node: NodeRow }>(NODES_BY_KEYS, { keys });
  return rows.map((row) => row.node);
}
