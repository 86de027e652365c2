// What an import did, counted from the statements' own counters so the summary cannot drift
// from the database. "Updated" is an existing node or relation that an import wrote to again.

import type { QueryResult } from 'neo4j-driver';

export interface WriteCounts {
  nodesCreated: number;
  nodesUpdated: number;
  nodesDeleted: number;
  relationsCreated: number;
  relationsUpdated: number;
  relationsDeleted: number;
  mentionsWritten: number;
}

export function emptyCounts(): WriteCounts {
  return {
    nodesCreated: 0,
    nodesUpdated: 0,
    nodesDeleted: 0,
    relationsCreated: 0,
    relationsUpdated: 0,
    relationsDeleted: 0,
    mentionsWritten: 0,
  };
}

export function addCounts(into: WriteCounts, more: WriteCounts): void {
  for (const name of Object.keys(more) as (keyof WriteCounts)[]) into[name] += more[name];
}

/** Counts a MERGE of `written` nodes: those the statement did not create already existed. */
export function countNodes(counts: WriteCounts, result: QueryResult, written: number): void {
  const created = result.summary.counters.updates().nodesCreated;
  counts.nodesCreated += created;
  counts.nodesUpdated += written - created;
}

export function countRelations(counts: WriteCounts, result: QueryResult, written: number): void {
  const created = result.summary.counters.updates().relationshipsCreated;
  counts.relationsCreated += created;
  counts.relationsUpdated += written - created;
}

export function countDeletes(counts: WriteCounts, result: QueryResult): void {
  const updates = result.summary.counters.updates();
  counts.nodesDeleted += updates.nodesDeleted;
  counts.relationsDeleted += updates.relationshipsDeleted;
}
