// Class-data sharing: the first server run that stops gracefully dumps the classes it loaded into
// an archive beside the jars; later starts map it instead of loading ~200 jars, which halved a
// start's CPU on the 2-core machine (11 → 6 s). A JVM that cannot use the archive ignores it.
import { existsSync } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface ClassSharing {
  args: string[];
  /** Where this run dumps its classes at exit, when there is no archive yet. */
  dump?: string;
}

const PARTIAL = /\.[^.]+\.partial$/;
/** A dump this old is finished (the JVM writes it in seconds as it exits) or abandoned. */
const STALE_MS = 10 * 60_000;

export function classSharing(jarsDir: string, javaMajor: number): ClassSharing {
  const archive = join(jarsDir, `classes-java${javaMajor}.jsa`);
  if (existsSync(archive)) return { args: [`-XX:SharedArchiveFile=${archive}`] };
  // Each run dumps to its own file, renamed into place after it exits: servers sharing the jars
  // (the tests run several) never write one file at once.
  const dump = `${archive}.${process.pid}-${Date.now()}.partial`;
  return { args: [`-XX:ArchiveClassesAtExit=${dump}`], dump };
}

/**
 * After a graceful exit, makes a finished dump the archive later starts use, and deletes dumps
 * that servers killed before they could hand theirs over left behind (~100 MB each).
 */
export async function keepDump(jarsDir: string, dump: string | undefined): Promise<void> {
  if (dump) await rename(dump, dump.replace(PARTIAL, '')).catch(() => {});
  for (const name of await readdir(jarsDir)) {
    const path = join(jarsDir, name);
    if (!PARTIAL.test(name)) continue;
    const found = await stat(path).catch(() => undefined); // another stop may have taken it
    if (found && Date.now() - found.mtimeMs > STALE_MS) await rm(path, { force: true });
  }
}
