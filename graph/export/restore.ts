// What neo4j-admin cannot carry: an empty list (it reads an empty CSV field as no property) and a
// list of one empty string (a relation stated without a located sentence has sentences [''], and
// no CSV field tells that from []). applySchema runs this on a database Zhengtu has not set up yet,
// which is what an offline load leaves; on a graph imported transactionally it changes nothing.
import type { Db } from '../driver.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../model.ts';

// Evidence arrays are parallel, so a missing `sentences` beside n starts held n empty sentences.
const EVIDENCE = `r.sentences = coalesce(r.sentences, [start IN coalesce(r.starts, []) | '']),
    r.starts = coalesce(r.starts, []), r.ends = coalesce(r.ends, [])`;
const EVIDENCE_MISSING = 'r.sentences IS NULL OR r.starts IS NULL OR r.ends IS NULL';

// Batched, so a graph too large for one transaction is restored too.
const RESTORE_LISTS = [
  `MATCH (n:${ENTITY_TYPES.join('|')}) WHERE n.aliases IS NULL
CALL (n) { SET n.aliases = [] } IN TRANSACTIONS OF 10000 ROWS`,
  `MATCH ()-[r:MENTIONS]->() WHERE r.aliases IS NULL OR ${EVIDENCE_MISSING}
CALL (r) { SET r.aliases = coalesce(r.aliases, []), ${EVIDENCE} } IN TRANSACTIONS OF 10000 ROWS`,
  `MATCH ()-[r:${RELATION_TYPES.join('|')}]->() WHERE r.articles IS NULL OR ${EVIDENCE_MISSING}
CALL (r) { SET r.articles = coalesce(r.articles, []), ${EVIDENCE} } IN TRANSACTIONS OF 10000 ROWS`,
];

/** Gives every entity its aliases and every relationship its evidence lists, empty when missing. */
export async function restoreLists(db: Db): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeWrite.
  const session = db.session();
  try {
    for (const statement of RESTORE_LISTS) await session.run(statement);
  } finally {
    await session.close();
  }
}
