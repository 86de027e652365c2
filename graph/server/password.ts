// Auth stays on: the `neo4j` user gets a random password on first start, kept in a 0600 file.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ZhengtuError } from '../../core/errors.ts';
import type { ServerPaths } from './paths.ts';

export const MANAGED_USER = 'neo4j';

/** The stored password, generated and written (0600) the first time it is asked for. */
export async function ensurePassword(paths: ServerPaths): Promise<string> {
  try {
    return (await readFile(paths.password, 'utf8')).trim();
  } catch {
    // Hex: a base64url password starts with '-' one time in 64, and neo4j-admin reads it as an option.
    const password = randomBytes(18).toString('hex');
    await mkdir(paths.home, { recursive: true });
    await writeFile(paths.password, `${password}\n`, { mode: 0o600 });
    await chmod(paths.password, 0o600);
    return password;
  }
}

/** Before the very first start Neo4j reads the initial password from data/dbms/auth.ini. */
export function needsInitialPassword(paths: ServerPaths): boolean {
  return !existsSync(join(paths.data, 'databases', 'system'));
}

/**
 * `neo4j-admin dbms set-initial-password`, run from the same jars. The password travels in a 0600
 * argument file (picocli's @file), not on the command line where `ps` would show it.
 */
export async function setInitialPassword(paths: ServerPaths, java: string, classpath: string): Promise<void> {
  const password = await ensurePassword(paths);
  const argFile = join(paths.run, 'set-password.args');
  await mkdir(paths.run, { recursive: true });
  await writeFile(argFile, `dbms\nset-initial-password\n${password}\n`, { mode: 0o600 });
  try {
    const run = await runAdmin(java, classpath, argFile, paths);
    if (!run.output.includes('Changed password')) {
      throw new ZhengtuError(
        'SERVER_EXITED',
        `Neo4j could not set the initial password (neo4j-admin ended with ${run.ending}):\n${run.output}`,
        { hint: `Remove ${paths.data} (zhengtu db reset --yes) and start again.` },
      );
    }
  } finally {
    await rm(argFile, { force: true });
  }
}

interface AdminRun {
  output: string;
  /** "exit code 1" or "signal SIGKILL". */
  ending: string;
}

function runAdmin(java: string, classpath: string, argFile: string, paths: ServerPaths): Promise<AdminRun> {
  const env = { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf };
  const child = spawn(java, ['-cp', classpath, 'org.neo4j.cli.AdminTool', `@${argFile}`], { env });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ output, ending: signal ? `signal ${signal}` : `exit code ${code}` }),
    );
  });
}
