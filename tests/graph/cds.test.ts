import { existsSync } from 'node:fs';
import { readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { classSharing, keepDump } from '../../graph/server/cds.ts';
import { tempHome } from '../../harness/neo4j.ts';

let jars: string;
beforeEach(async () => {
  jars = await tempHome();
});
afterEach(() => rm(jars, { recursive: true, force: true }));

describe('class-data sharing for the managed server', () => {
  test('a first run dumps its classes to a file of its own', () => {
    const sharing = classSharing(jars, 17);
    expect(sharing.dump).toMatch(/classes-java17\.jsa\.\d+-\d+\.partial$/);
    expect(sharing.args).toEqual([`-XX:ArchiveClassesAtExit=${sharing.dump}`]);
  });

  test('after a graceful stop the dump becomes the archive later runs map', async () => {
    const { dump } = classSharing(jars, 17);
    await writeFile(dump ?? '', 'classes');
    await keepDump(jars, dump);
    const archive = join(jars, 'classes-java17.jsa');
    expect(existsSync(archive)).toBe(true);
    expect(classSharing(jars, 17)).toEqual({ args: [`-XX:SharedArchiveFile=${archive}`] });
    expect(classSharing(jars, 21).dump).toBeDefined();
  });

  test('dumps abandoned by killed servers are deleted, recent ones kept', async () => {
    const abandoned = join(jars, 'classes-java17.jsa.111-1.partial');
    const recent = join(jars, 'classes-java17.jsa.222-2.partial');
    await writeFile(abandoned, 'old');
    await writeFile(recent, 'new');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(abandoned, hourAgo, hourAgo);
    const { dump } = classSharing(jars, 17);
    await writeFile(dump ?? '', 'classes');
    await keepDump(jars, dump);
    expect((await readdir(jars)).sort()).toEqual(['classes-java17.jsa', 'classes-java17.jsa.222-2.partial']);
  });
});
