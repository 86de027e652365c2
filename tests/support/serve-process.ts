// `zhengtu serve` as its own process on the test Neo4j, as a user starts it: the tests that need
// the real process (its guard, its signals, its logs) talk to it over loopback.
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { inject } from 'vitest';
import { connectionEnv } from '../../graph/config.ts';

const BIN = resolve(import.meta.dirname, '../../bin/zhengtu.js');

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** Everything written to stderr so far (the JSON log lines). */
  stderr: string[];
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

export async function startServe(env: Record<string, string> = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
    env: { ...process.env, ...connectionEnv(inject('neo4j')), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const found = out.match(/GraphQL \(GraphiQL\): (http:\/\/\S+)\/graphql/);
      if (found?.[1]) done(found[1]);
    });
    void exited.then((code) => fail(new Error(`zhengtu serve exited (${code}): ${stderr.join('')}`)));
  });
  return { url, child, stderr, exited };
}
