// The managed Neo4j, each test on its own throw-away home (not the global test server).
import { chmod, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ManagedSettings } from '../../graph/config.ts';
import { openDb } from '../../graph/driver.ts';
import { findJava } from '../../graph/server/java.ts';
import { resetServer, serverStatus, startServer, stopServer } from '../../graph/server/lifecycle.ts';
import { serverPaths } from '../../graph/server/paths.ts';
import { tempHome, testSettings } from '../../harness/neo4j.ts';

const START_MS = 300_000;

describe('a managed server', () => {
  let settings: ManagedSettings;
  beforeAll(async () => {
    settings = await testSettings(await tempHome());
  });
  afterAll(async () => {
    await stopServer(settings);
    await rm(settings.home, { recursive: true, force: true });
  });

  test(
    'keeps its data across a stop and a start',
    async () => {
      const first = await startServer(settings);
      expect(first.connection.uri).toBe(`bolt://127.0.0.1:${settings.port}`);
      expect(await serverStatus(settings)).toMatchObject({
        running: true,
        pid: first.pid,
        uri: first.connection.uri,
      });
      const before = await openDb(first.connection);
      await before.write(`CREATE (:Region {key: 'Region:贵州省', name: '贵州省'})`);
      await before.close();

      expect(await stopServer(settings)).toMatchObject({ wasRunning: true, forced: false });
      expect((await serverStatus(settings)).running).toBe(false);

      const second = await startServer(settings);
      expect(second.alreadyRunning).toBe(false);
      const after = await openDb(second.connection);
      const rows = await after.read<{ name: string }>(
        `MATCH (r:Region {key: 'Region:贵州省'}) RETURN r.name AS name`,
      );
      await after.close();
      expect(rows).toEqual([{ name: '贵州省' }]);
    },
    START_MS,
  );

  test('keeps the generated password in a file only its owner can read', async () => {
    const password = serverPaths(settings.home).password;
    expect((await stat(password)).mode & 0o777).toBe(0o600);
    // Hex digits only: neo4j-admin took a password starting with '-' for an option.
    expect((await readFile(password, 'utf8')).trim()).toMatch(/^[0-9a-f]{36}$/);
  });

  test(
    'reset stops the server and deletes the data',
    async () => {
      await resetServer(settings);
      expect((await serverStatus(settings)).running).toBe(false);
      await expect(stat(serverPaths(settings.home).data)).rejects.toThrow(/ENOENT/);
    },
    START_MS,
  );
});

describe('starting fails with a message that says what to do', () => {
  test('when PATH has no java', async () => {
    const empty = await tempHome();
    expect(() => findJava({ PATH: empty })).toThrowError(
      expect.objectContaining({ code: 'JAVA_MISSING', hint: expect.stringMatching(/JDK 17 or 21/) }),
    );
    await rm(empty, { recursive: true });
  });

  test('when the only java is too new for Neo4j 5.26', async () => {
    const bin = await tempHome();
    await writeFile(join(bin, 'java'), '#!/bin/sh\necho \'openjdk version "25.0.1" 2025-10-21\' >&2\n');
    await chmod(join(bin, 'java'), 0o755);
    expect(() => findJava({ PATH: bin })).toThrowError(
      expect.objectContaining({ code: 'JAVA_MISSING', message: expect.stringContaining('Java 25 at') }),
    );
    await rm(bin, { recursive: true });
  });

  test('when the port is taken', async () => {
    const settings = await testSettings(await tempHome());
    const squatter = await listen(settings.port ?? 0);
    await expect(startServer(settings)).rejects.toMatchObject({
      code: 'PORT_TAKEN',
      message: expect.stringContaining(String(settings.port)),
    });
    squatter.close();
    await rm(settings.home, { recursive: true, force: true });
  });

  test(
    'when the server exits, with the end of its log',
    async () => {
      const settings = { ...(await testSettings(await tempHome())), heap: '64k' };
      await expect(startServer(settings)).rejects.toMatchObject({
        code: 'SERVER_EXITED',
        message: expect.stringMatching(/heap/i),
      });
      expect((await serverStatus(settings)).running).toBe(false);
      await rm(settings.home, { recursive: true, force: true });
    },
    START_MS,
  );
});

function listen(port: number): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
