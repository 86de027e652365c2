import { RELATION_TYPES, type RelationType } from '../../core/model.ts';
import type { Read } from './read.ts';
import { NODE_BY_KEY, type NodeRow, nodeProjection } from './rows.ts';

export type Direction = 'out' | 'in';

function neighborsCypher(relation: RelationType, direction: Direction): string {
  const arrow = direction === 'out' ? `-[:${relation}]->` : `<-[:${relation}]-`;
  return `UNWIND $keys AS key
${NODE_BY_KEY}
MATCH (n)${arrow}(m)
WITH key, m ORDER BY m.name
WITH key, collect(m)[..$limit] AS found
UNWIND found AS m
RETURN key, ${nodeProjection('m')} AS node`;
}

/** One statement per relation type and direction, written once from the vocabulary. */
const NEIGHBORS = Object.fromEntries(
  RELATION_TYPES.flatMap((relation) => [
    [`${relation}>`, neighborsCypher(relation, 'out')],
    [`${relation}<`, neighborsCypher(relation, 'in')],
  ]),
) as Record<string, string>;

export interface NeighborRow {
  key: string;
  node: NodeRow;
}

/** For each key, the nodes one `relation` away in `direction`, by name, at most `limit` each. */
export async function neighbors(
  read: Read,
  relation: RelationType,
  direction: Direction,
  keys: readonly string[],
  limit = 200,
): Promise<NeighborRow[]> {
  const cypher = NEIGHBORS[`${relation}${direction === 'out' ? '>' : '<'}`] as string;
  return read<NeighborRow>(cypher, { keys, limit });
}
