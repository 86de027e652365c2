// What neo4j-admin cannot carry: an empty list (it reads an empty CSV field as no property) and a
// list of one empty string (a relation stated without a located sentence has the sentence '' at
// start = end = -1, and no CSV field tells [''] from []). Lists are stored on entities (aliases)
// and on MENTIONS only: a relation keeps just its support count. applySchema runs this on a
// database Zhengtu has not set up yet, which is what an offline load leaves; on a graph imported
// transactionally it changes nothing.

import { ENTITY_TYPES } from '../../core/model.ts';
import type { Db } from '../driver.ts';

// Evidence arrays are parallel, so a missing sentence list beside n starts held n empty sentences.
const evidence = (sentences: string, starts: string, ends: string) => ({
  set: `r.${sentences} = coalesce(r.${sentences}, [start IN coalesce(r.${starts}, []) | '']),
    r.${starts} = coalesce(r.${starts}, []), r.${ends} = coalesce(r.${ends}, [])`,
  missing: `r.${sentences} IS NULL OR r.${starts} IS NULL OR r.${ends} IS NULL`,
});
const MENTIONED = evidence('sentences', 'starts', 'ends');
const STATED = evidence('relationSentences', 'relationStarts', 'relationEnds');

// Batched, so a graph too large for one transaction is restored too.
const RESTORE_LISTS = [
  `MATCH (n:${ENTITY_TYPES.join('|')}) WHERE n.aliases IS NULL
CALL (n) { SET n.aliases = [] } IN TRANSACTIONS OF 10000 ROWS`,
  `MATCH ()-[r:MENTIONS]->()
WHERE r.aliases IS NULL OR r.relationTypes IS NULL OR r.relationTargets IS NULL OR ${MENTIONED.missing} OR ${STATED.missing}
CALL (r) {
  SET r.aliases = coalesce(r.aliases, []), r.relationTypes = coalesce(r.relationTypes, []),
    r.relationTargets = coalesce(r.relationTargets, []), ${MENTIONED.set}, ${STATED.set}
} IN TRANSACTIONS OF 10000 ROWS`,
];

/** Gives every entity its aliases and every mention its evidence lists, empty when missing. */
export async function restoreLists(db: Db): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeWrite.
  const session = db.session();
  try {
    for (const statement of RESTORE_LISTS) await session.run(statement);
  } finally {
    await session.close();
  }
}
