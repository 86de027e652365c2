// The API's own driver. graph/driver.ts's driver retries a failing transaction for ~30 s, which
// suits imports; a server must answer fast instead, so while Neo4j is away requests fail within
// about a second, and the pool reconnects by itself once it is back.
import neo4j, { type Driver } from 'neo4j-driver';
import { ZhengtuError } from '../core/errors.ts';
import type { ConnectionInfo } from '../graph/config.ts';
import { loadConfig } from '../graph/config.ts';
import type { Source } from '../graph/queries/read.ts';
import { managedConnection } from '../graph/server/lifecycle.ts';

export interface ApiDatabase extends Source {
  uri: string;
  close(): Promise<void>;
}

export function openApiDatabase(info: ConnectionInfo): ApiDatabase {
  const driver: Driver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password), {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: 1_000,
    connectionTimeout: 2_000,
    connectionAcquisitionTimeout: 5_000,
  });
  return { driver, database: info.database, uri: info.uri, close: () => driver.close() };
}

/** NEO4J_URI when set, else the running managed server. */
export async function apiConnectionInfo(): Promise<ConnectionInfo> {
  const config = loadConfig();
  if (config.external) return config.external;
  const running = await managedConnection(config.managed);
  if (running) return running;
  throw new ZhengtuError('UNREACHABLE', `The managed Neo4j in ${config.managed.home} is not running.`, {
    hint: 'Start it with `zhengtu db start` (or `zhengtu start`), or set NEO4J_URI to use your own Neo4j.',
  });
}
