// Every read goes through one reader (the API's and Db.read): read transactions only, parameters
// only, a timeout per transaction when asked. Rows are plain data already: the driver returns
// integers as numbers (disableLosslessIntegers, graph/driver.ts).
import neo4j, { type Driver } from 'neo4j-driver';

/** Runs one read-only Cypher statement and returns its rows as plain objects. */
export type Read = <Row>(cypher: string, params?: Record<string, unknown>) => Promise<Row[]>;

export interface ReaderOptions {
  /** Neo4j transaction timeout, so one slow query cannot hold a request forever. */
  timeoutMs?: number;
  /** Called before each round trip (the API counts them per request). */
  onQuery?: (cypher: string) => void;
}

/** Where to read: a driver and the database on it (graph/driver.ts's Db has both). */
export interface Source {
  driver: Driver;
  database: string;
}

export function reader({ driver, database }: Source, options: ReaderOptions = {}): Read {
  return async <Row>(cypher: string, params: Record<string, unknown> = {}) => {
    options.onQuery?.(cypher);
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(cypher, toParams(params)), {
        timeout: options.timeoutMs,
      });
      return result.records.map((record) => record.toObject() as Row);
    } finally {
      await session.close();
    }
  };
}

// JavaScript numbers travel as floats, and LIMIT, SKIP and slices want integers.
function toParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown =>
    Number.isInteger(value) ? neo4j.int(value as number) : Array.isArray(value) ? value.map(convert) : value;
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, convert(v)]));
}
