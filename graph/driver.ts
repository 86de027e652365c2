// The one way into the database for importers, the API and tests. `connect()` uses NEO4J_URI when
// it is set (bolt://, neo4j://, neo4j+s:// for clusters and Aura), else the managed server.
// Integers come back as JS numbers (`disableLosslessIntegers`): our counts and years fit easily.
import neo4j, { type Config, type Driver, type Session } from 'neo4j-driver';
import { ZhengtuError } from '../core/errors.ts';
import { type ConnectionInfo, loadConfig, type ZhengtuConfig } from './config.ts';
import { reader } from './queries/read.ts';
import { managedConnection, type StartOptions, startServer } from './server/lifecycle.ts';

type Params = Record<string, unknown>;

export interface Db {
  readonly driver: Driver;
  readonly uri: string;
  readonly database: string;
  /** Runs a read query (graph/queries/read.ts's reader: retried on transient errors); rows as objects. */
  read<Row = Params>(cypher: string, params?: Params): Promise<Row[]>;
  /** Runs a write query in its own transaction, retried on transient errors. */
  write<Row = Params>(cypher: string, params?: Params): Promise<Row[]>;
  /** A session on our database, for `executeRead` / `executeWrite` with several queries. */
  session(): Session;
  close(): Promise<void>;
}

export type ServerKind = 'managed' | 'external';

export interface ConnectOptions extends StartOptions, OpenOptions {
  /** Start the managed server when it is not running (ignored with NEO4J_URI). */
  start?: boolean;
}

export interface OpenOptions {
  kind?: ServerKind;
  /**
   * For a server answering requests: while Neo4j is away a query fails within about a second and
   * the pool reconnects by itself once it is back. Otherwise (imports, exports) a failing
   * transaction is retried for ~30 s.
   */
  serving?: boolean;
}

/** Connects to the configured Neo4j and checks that it answers with our credentials. */
export async function connect(
  config: ZhengtuConfig = loadConfig(),
  options: ConnectOptions = {},
): Promise<Db> {
  const found = await findServer(config, options);
  return openDb(found.info, { ...options, kind: found.kind });
}

/** The server NEO4J_URI names, else the managed one (started first with `start`). */
export async function findServer(
  config: ZhengtuConfig = loadConfig(),
  options: Pick<ConnectOptions, 'start'> & StartOptions = {},
): Promise<{ info: ConnectionInfo; kind: ServerKind }> {
  if (config.external) return { info: config.external, kind: 'external' };
  const running = await managedConnection(config.managed);
  if (running) return { info: running, kind: 'managed' };
  if (options.start)
    return { info: (await startServer(config.managed, options)).connection, kind: 'managed' };
  throw new ZhengtuError('UNREACHABLE', `The managed Neo4j in ${config.managed.home} is not running.`, {
    hint: 'Start it with `zhengtu db start` (or `zhengtu start`), or set NEO4J_URI to use your own Neo4j.',
  });
}

const BATCH: Config = { connectionAcquisitionTimeout: 30_000 };
const SERVING: Config = {
  maxTransactionRetryTime: 1_000,
  connectionTimeout: 2_000,
  connectionAcquisitionTimeout: 5_000,
};

/** Opens a driver on `info` and verifies it; failures become ZhengtuErrors that say what to do. */
export async function openDb(info: ConnectionInfo, options: OpenOptions = {}): Promise<Db> {
  const kind = options.kind ?? 'external';
  let driver: Driver;
  try {
    driver = neo4j.driver(info.uri, neo4j.auth.basic(info.user, info.password), {
      disableLosslessIntegers: true,
      ...(options.serving ? SERVING : BATCH),
    });
  } catch (cause) {
    throw new ZhengtuError('BAD_INPUT', `Not a Neo4j URI: ${info.uri}`, {
      hint: 'NEO4J_URI looks like bolt://host:7687, neo4j://host:7687 or neo4j+s://xxxx.databases.neo4j.io.',
      cause,
    });
  }
  try {
    await driver.verifyConnectivity({ database: info.database });
    // verifyConnectivity accepts a database that does not exist; a first query does not.
    await driver.executeQuery('RETURN 1', {}, { database: info.database });
  } catch (cause) {
    await driver.close();
    throw connectionError(cause, info, kind);
  }
  return wrap(driver, info);
}

function wrap(driver: Driver, info: ConnectionInfo): Db {
  return {
    driver,
    uri: info.uri,
    database: info.database,
    read: reader({ driver, database: info.database }),
    write: async <Row>(cypher: string, params: Params = {}) => {
      const result = await driver.executeQuery(cypher, params, { database: info.database, routing: 'WRITE' });
      return result.records.map((record) => record.toObject() as Row);
    },
    session: () => driver.session({ database: info.database }),
    close: () => driver.close(),
  };
}

function connectionError(cause: unknown, info: ConnectionInfo, kind: ServerKind): ZhengtuError {
  const code = (cause as { code?: string }).code ?? '';
  const detail = cause instanceof Error ? cause.message : String(cause);
  if (code.startsWith('Neo.ClientError.Security')) {
    return new ZhengtuError('AUTH_FAILED', `Neo4j at ${info.uri} refused user "${info.user}": ${detail}`, {
      hint:
        kind === 'external'
          ? 'Check NEO4J_USER and NEO4J_PASSWORD.'
          : 'The stored password no longer matches the data: `zhengtu db reset --yes` wipes the graph and starts over.',
      cause,
    });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new ZhengtuError('NOT_FOUND', `Neo4j at ${info.uri} has no database "${info.database}".`, {
      hint: 'Set NEO4J_DATABASE to an existing database (Community has only "neo4j").',
      cause,
    });
  }
  return new ZhengtuError('UNREACHABLE', `Cannot reach Neo4j at ${info.uri}: ${detail}`, {
    hint:
      kind === 'external'
        ? 'Check NEO4J_URI and that the server runs and accepts connections; unset NEO4J_URI to use the managed server.'
        : 'Check `zhengtu db status`; restart with `zhengtu db stop && zhengtu db start`.',
    cause,
  });
}
