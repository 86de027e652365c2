// Launching the managed Neo4j: config, first-start password, the JVM, and waiting until
// Bolt answers (or reporting why the JVM exited).
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { ZhengtuError } from '../../core/errors.ts';
import type { ConnectionInfo, ManagedSettings } from '../config.ts';
import { waitForBolt } from './bolt.ts';
import { classSharing } from './cds.ts';
import { jvmArgs, writeConf } from './conf.ts';
import type { Java } from './java.ts';
import { logTail } from './logs.ts';
import { ensurePassword, MANAGED_USER, needsInitialPassword, setInitialPassword } from './password.ts';
import type { ServerPaths } from './paths.ts';
import { clearState, writeState } from './state.ts';

export interface LaunchOptions {
  say?: (line: string) => void;
  timeoutMs?: number;
  /**
   * Keep the server in the caller's process group (default: its own group, so it outlives
   * `db start`). Test runs use this: a Ctrl-C or a group kill of the run then stops Neo4j too.
   */
  sameGroup?: boolean;
}

export interface Launch {
  java: Java;
  jarsDir: string;
  paths: ServerPaths;
  settings: ManagedSettings;
}

/** Starts the JVM on `port` and resolves with its pid once Bolt answers with our password. */
export async function launchAndWait(launch: Launch, port: number, options: LaunchOptions): Promise<number> {
  const { paths, settings } = launch;
  await writeConf(paths, settings, port);
  if (needsInitialPassword(paths)) await setInitialPassword(paths, launch.java.path, classpath(launch));
  options.say?.(`Starting Neo4j ${settings.version} on bolt://127.0.0.1:${port} …`);
  const consoleLog = join(paths.logs, 'console.log');
  const sharing = classSharing(launch.jarsDir, launch.java.major);
  const child = spawnServer(launch, sharing.args, consoleLog, !options.sameGroup);
  const pid = child.pid ?? 0;
  let exit: string | undefined;
  child.on('exit', (code, signal) => {
    exit = signal ? `signal ${signal}` : `exit code ${code}`;
  });
  await writeState(paths.state, {
    pid,
    port,
    version: settings.version,
    startedAt: new Date().toISOString(),
    classDump: sharing.dump,
  });
  const info = connectionInfo(boltUri(port), await ensurePassword(paths));
  const failure = async () => (exit ? exitedError(exit, port, consoleLog, paths) : undefined);
  try {
    await waitForBolt(info, options.timeoutMs ?? 240_000, failure);
  } catch (error) {
    if (!exit) process.kill(pid, 'SIGKILL');
    await clearState(paths.state);
    throw error;
  }
  return pid;
}

function spawnServer(launch: Launch, sharing: string[], consoleLog: string, detached: boolean) {
  const { paths } = launch;
  const args = [
    ...jvmArgs(launch.settings),
    ...sharing,
    '-cp',
    classpath(launch),
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${paths.home}`,
    `--config-dir=${paths.conf}`,
  ];
  mkdirSync(paths.logs, { recursive: true });
  const out = openSync(consoleLog, 'w');
  const child = spawn(launch.java.path, args, {
    cwd: paths.home,
    detached,
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  child.unref();
  return child;
}

function classpath(launch: Launch): string {
  return join(launch.jarsDir, '*');
}

async function exitedError(exit: string, port: number, consoleLog: string, paths: ServerPaths) {
  const tail = [await logTail(consoleLog, 20), await logTail(join(paths.logs, 'neo4j.log'), 20)]
    .filter(Boolean)
    .join('\n');
  if (/Address already in use/i.test(tail)) {
    return new ZhengtuError('PORT_TAKEN', `Neo4j could not listen on 127.0.0.1:${port}: the port is taken.`, {
      hint: 'Stop what uses the port, or set ZHENGTU_BOLT_PORT to a free port (or unset it to pick one).',
    });
  }
  return new ZhengtuError(
    'SERVER_EXITED',
    `Neo4j exited during start (${exit}). The end of its log:\n${tail}`,
    {
      hint: `Read the logs in ${paths.logs}; check ZHENGTU_NEO4J_HEAP / ZHENGTU_NEO4J_PAGECACHE and free disk space.`,
    },
  );
}

export function connectionInfo(uri: string, password: string): ConnectionInfo {
  return { uri, user: MANAGED_USER, password, database: 'neo4j' };
}

export function boltUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}
