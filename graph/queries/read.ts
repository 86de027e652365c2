// Every query of the API goes through one reader: read transactions only, parameters only, a timeout
// per transaction, and Neo4j integers turned into numbers so rows are plain data.
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
      return result.records.map((record) => toPlain(record.toObject()) as Row);
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

function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}
