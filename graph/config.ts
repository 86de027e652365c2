// Where Zhengtu finds its database: a server the user names with NEO4J_URI, or else the Neo4j that
// Zhengtu manages itself under ZHENGTU_HOME. Everything is read from the environment once, here.
import { join, resolve } from 'node:path';
import { ZhengtuError } from '../core/errors.ts';

/** The Neo4j Community release the managed server runs: the newest 5.26 LTS patch on Maven Central. */
export const NEO4J_VERSION = '5.26.30';

/** How to reach a Neo4j server over Bolt. */
export interface ConnectionInfo {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** Settings of the managed server (ignored when `external` is set). */
export interface ManagedSettings {
  /** ZHENGTU_HOME: configuration, data, logs and the generated password live here. */
  home: string;
  /** The Neo4j release resolved from Maven Central. */
  version: string;
  /** Directory holding the resolved jars; several homes may share one (the tests do). */
  jarsDir: string;
  /** Bolt port; when unset a free one is chosen (7687 if it is free). */
  port?: number;
  /** JVM heap and page cache, in Neo4j's size syntax (512m, 2g). */
  heap: string;
  pageCache: string;
  /** Longest a transaction may run before Neo4j ends it (60s, 5m). */
  transactionTimeout: string;
  /** Extra JVM options, after Neo4j's defaults (ZHENGTU_NEO4J_JVM_OPTS, space-separated). */
  jvmOptions: string[];
}

export interface ZhengtuConfig {
  /** Set when NEO4J_URI names a server: nothing is started then. */
  external?: ConnectionInfo;
  managed: ManagedSettings;
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env, cwd = process.cwd()): ZhengtuConfig {
  const home = resolve(cwd, env.ZHENGTU_HOME || '.zhengtu');
  const version = env.ZHENGTU_NEO4J_VERSION || NEO4J_VERSION;
  const managed: ManagedSettings = {
    home,
    version,
    jarsDir: resolve(cwd, env.ZHENGTU_NEO4J_JARS || join(home, `neo4j-${version}`, 'lib')),
    port: env.ZHENGTU_BOLT_PORT ? parsePort(env.ZHENGTU_BOLT_PORT) : undefined,
    // Sized for a 2-core, 24 GiB machine that also runs the importer, the API and a browser.
    heap: env.ZHENGTU_NEO4J_HEAP || '2g',
    pageCache: env.ZHENGTU_NEO4J_PAGECACHE || '1g',
    transactionTimeout: env.ZHENGTU_TX_TIMEOUT || '120s',
    jvmOptions: (env.ZHENGTU_NEO4J_JVM_OPTS ?? '').split(/\s+/).filter(Boolean),
  };
  if (!env.NEO4J_URI) return { managed };
  return {
    managed,
    external: {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER || env.NEO4J_USERNAME || 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || 'neo4j',
    },
  };
}

/** The environment that makes `loadConfig` name `info` (for a child process such as `zhengtu serve`). */
export function connectionEnv(info: ConnectionInfo): Record<string, string> {
  return {
    NEO4J_URI: info.uri,
    NEO4J_USER: info.user,
    NEO4J_PASSWORD: info.password,
    NEO4J_DATABASE: info.database,
  };
}

function parsePort(text: string): number {
  const port = Number(text);
  if (Number.isInteger(port) && port > 0 && port < 65536) return port;
  throw new ZhengtuError('BAD_INPUT', `ZHENGTU_BOLT_PORT is not a port number: ${text}`, {
    hint: 'Set ZHENGTU_BOLT_PORT to a number between 1 and 65535, or unset it to pick a free port.',
  });
}
