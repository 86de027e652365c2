// The explorer as a user gets it: the built app served by `zhengtu serve`, over the test Neo4j with
// the sample imported by `zhengtu import`. Both run as child processes of the real CLI.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import type { ConnectionInfo } from '../../../graph/config.ts';
import { freePort } from '../../../graph/server/ports.ts';

const run = promisify(execFile);
const CLI = 'bin/zhengtu.js';
export const SAMPLE = 'samples/dsj-2025-02.md';
const READY_MS = 60_000;

export interface Explorer {
  url: string;
  stop: () => Promise<void>;
}

function cliEnv(neo4j: ConnectionInfo): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
    // CI machines are small and busy: give the related-policy scoring room.
    ZHENGTU_QUERY_TIMEOUT_MS: '60000',
  };
}

/** Builds web/dist, imports the sample and starts `zhengtu serve`; resolves once /healthz answers 200. */
export async function startExplorer(neo4j: ConnectionInfo): Promise<Explorer> {
  const env = cliEnv(neo4j);
  await run('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { env });
  if ((await cliImport(neo4j, [SAMPLE])) !== 0)
    throw new Error(`zhengtu import ${SAMPLE} refused some of it`);
  const port = await freePort();
  const server = spawn('node', [CLI, 'serve', '--port', String(port)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  server.stdout?.on('data', (chunk) => output.push(String(chunk)));
  server.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, server, output);
  return { url, stop: () => stopChild(server) };
}

/** `zhengtu import PATHS`, as a user runs it: its exit code, 0 or 1 (some inputs refused). */
export async function cliImport(neo4j: ConnectionInfo, paths: string[]): Promise<number> {
  const options = { env: cliEnv(neo4j), maxBuffer: 16 * 1024 * 1024 };
  return run('node', [CLI, 'import', ...paths], options).then(
    () => 0,
    (error: { code?: number }) => {
      if (error.code !== 1) throw error;
      return 1;
    },
  );
}

async function waitForHealth(url: string, server: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + READY_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`zhengtu serve exited (${server.exitCode}):\n${output.join('')}`);
    const ok = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stopChild(server);
  throw new Error(`zhengtu serve did not answer /healthz within ${READY_MS} ms:\n${output.join('')}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
