// The managed Neo4j's life: start (fetching jars, writing config and password on first use),
// status, graceful stop and reset. The server runs detached, so `db start` can return while it runs.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isZhengtuError, ZhengtuError } from '../../core/errors.ts';
import type { ConnectionInfo, ManagedSettings } from '../config.ts';
import { keepDump } from './cds.ts';
import { findJava } from './java.ts';
import { boltUri, connectionInfo, type LaunchOptions, launchAndWait } from './launch.ts';
import { ensurePassword } from './password.ts';
import { serverPaths } from './paths.ts';
import { freePort, isPortFree } from './ports.ts';
import { resolveJars } from './resolve.ts';
import { clearState, isServerAlive, readState } from './state.ts';

export interface ServerStatus {
  running: boolean;
  home: string;
  pid?: number;
  uri?: string;
  version?: string;
}

export interface StartResult {
  connection: ConnectionInfo;
  pid: number;
  /** True when the server was already running and nothing was started. */
  alreadyRunning: boolean;
  /** From the call to Bolt answering, download included. */
  seconds: number;
}

export interface StopResult {
  wasRunning: boolean;
  /** True when the server ignored SIGTERM until the timeout and was killed. */
  forced: boolean;
  seconds: number;
}

/** Progress lines (download, start) go to `say`; silent when omitted. */
export type StartOptions = LaunchOptions;

export async function serverStatus(settings: ManagedSettings): Promise<ServerStatus> {
  const paths = serverPaths(settings.home);
  const state = await readState(paths.state);
  if (!state || !isServerAlive(state.pid, paths.conf)) return { running: false, home: settings.home };
  return {
    running: true,
    home: settings.home,
    pid: state.pid,
    uri: boltUri(state.port),
    version: state.version,
  };
}

/** How to reach the managed server, or undefined when it is not running. */
export async function managedConnection(settings: ManagedSettings): Promise<ConnectionInfo | undefined> {
  const status = await serverStatus(settings);
  if (!status.running || !status.uri) return undefined;
  return connectionInfo(status.uri, await ensurePassword(serverPaths(settings.home)));
}

/** Starts the managed server and waits until Bolt answers; a no-op when it already runs. */
export async function startServer(
  settings: ManagedSettings,
  options: StartOptions = {},
): Promise<StartResult> {
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  const status = await serverStatus(settings);
  if (status.running && status.pid && status.uri) {
    const connection = connectionInfo(status.uri, await ensurePassword(serverPaths(settings.home)));
    return { connection, pid: status.pid, alreadyRunning: true, seconds: seconds() };
  }
  const say = options.say ?? (() => {});
  const java = findJava();
  const jars = await resolveJars(settings, say);
  const paths = serverPaths(settings.home);
  const launch = { java, jarsDir: jars.dir, paths, settings };
  const pid = await launchAndWait(launch, await choosePort(settings), options).catch(async (error) => {
    // Another process took the port we picked between the check and Neo4j's bind: pick again once.
    if (settings.port !== undefined || !isZhengtuError(error, 'PORT_TAKEN')) throw error;
    return launchAndWait(launch, await freePort(), options);
  });
  return {
    connection: await managedConnectionOrFail(settings),
    pid,
    alreadyRunning: false,
    seconds: seconds(),
  };
}

/** SIGTERM, then waits for Neo4j's checkpoint and shutdown; SIGKILL only after the timeout. */
export async function stopServer(
  settings: ManagedSettings,
  options: { timeoutMs?: number } = {},
): Promise<StopResult> {
  const started = Date.now();
  const paths = serverPaths(settings.home);
  const state = await readState(paths.state);
  if (!state || !isServerAlive(state.pid, paths.conf)) {
    await clearState(paths.state);
    return { wasRunning: false, forced: false, seconds: 0 };
  }
  process.kill(state.pid, 'SIGTERM');
  const stopped = await waitUntil(() => !isServerAlive(state.pid, paths.conf), options.timeoutMs ?? 90_000);
  if (stopped) await keepDump(settings.jarsDir, state.classDump);
  else process.kill(state.pid, 'SIGKILL');
  await clearState(paths.state);
  return { wasRunning: true, forced: !stopped, seconds: (Date.now() - started) / 1000 };
}

/** Stops the server and deletes its data and logs; the jars, config and password stay. */
export async function resetServer(settings: ManagedSettings): Promise<void> {
  await stopServer(settings);
  const paths = serverPaths(settings.home);
  for (const dir of [paths.data, paths.logs, paths.run]) await rm(dir, { recursive: true, force: true });
}

const DEFAULT_BOLT_PORT = 7687;

async function choosePort(settings: ManagedSettings): Promise<number> {
  if (settings.port !== undefined) {
    if (await isPortFree(settings.port)) return settings.port;
    throw new ZhengtuError('PORT_TAKEN', `Port ${settings.port} (ZHENGTU_BOLT_PORT) is taken on 127.0.0.1.`, {
      hint: 'Stop what uses the port, or set ZHENGTU_BOLT_PORT to another port (or unset it to pick a free one).',
    });
  }
  return (await isPortFree(DEFAULT_BOLT_PORT)) ? DEFAULT_BOLT_PORT : freePort();
}

async function managedConnectionOrFail(settings: ManagedSettings): Promise<ConnectionInfo> {
  const info = await managedConnection(settings);
  if (info) return info;
  throw new ZhengtuError('SERVER_EXITED', 'Neo4j stopped right after it started.', {
    hint: `Read the logs in ${join(settings.home, 'logs')}.`,
  });
}

async function waitUntil(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return true;
}
