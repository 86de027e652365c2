// A started server leaves a small record (pid, port, version) so later commands find it.
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface ServerState {
  pid: number;
  port: number;
  version: string;
  startedAt: string;
  /** The class-data dump this run writes at exit (cds.ts). */
  classDump?: string;
}

export async function readState(path: string): Promise<ServerState | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as ServerState;
  } catch {
    return undefined;
  }
}

export async function writeState(path: string, state: ServerState): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(state, null, 2)}\n`);
}

export async function clearState(path: string): Promise<void> {
  await rm(path, { force: true });
}

/**
 * Whether `pid` is still our Neo4j. A recycled pid running something else does not count, nor does
 * a zombie (an exited server whose parent has not reaped it yet, common under a container's init).
 */
export function isServerAlive(pid: number, confDir: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (/\) Z /.test(stat)) return false;
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(confDir);
  } catch {
    return true; // no /proc (macOS): trust the signal check
  }
}
