// The `zhengtu` CLI as a user runs it: a child process, its output and its exit code.
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tempHome, testSettings } from '../../harness/neo4j.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let env: NodeJS.ProcessEnv;

/** Runs `zhengtu …` against its own home, never NEO4J_URI. */
function zhengtu(args: string[], extra: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/zhengtu.js', ...args],
      { env: { ...env, ...extra } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

beforeAll(async () => {
  const settings = await testSettings(await tempHome());
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, ...rest } = process.env;
  env = {
    ...rest,
    ZHENGTU_HOME: settings.home,
    ZHENGTU_NEO4J_JARS: settings.jarsDir,
    ZHENGTU_BOLT_PORT: String(settings.port),
    ZHENGTU_NEO4J_HEAP: settings.heap,
    ZHENGTU_NEO4J_PAGECACHE: settings.pageCache,
    ZHENGTU_NEO4J_JVM_OPTS: settings.jvmOptions.join(' '),
  };
});
afterAll(async () => {
  await zhengtu(['db', 'stop']);
  await rm(env.ZHENGTU_HOME ?? '', { recursive: true, force: true });
});

describe('zhengtu db', () => {
  test('start prints the bolt URI, status says running, stop stops it', async () => {
    const uri = `bolt://127.0.0.1:${env.ZHENGTU_BOLT_PORT}`;
    expect(await zhengtu(['db', 'status'])).toMatchObject({
      code: 3,
      stdout: expect.stringContaining('not running'),
    });

    const started = await zhengtu(['db', 'start']);
    expect(started).toMatchObject({ code: 0, stdout: `${uri}\n` });
    const again = await zhengtu(['db', 'start']);
    expect(again).toMatchObject({
      code: 0,
      stdout: `${uri}\n`,
      stderr: expect.stringContaining('already running'),
    });
    expect(await zhengtu(['db', 'status'])).toMatchObject({ code: 0, stdout: expect.stringContaining(uri) });

    expect(await zhengtu(['db', 'stop'])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/stopped in/),
    });
    expect(await zhengtu(['db', 'status'])).toMatchObject({ code: 3 });
  }, 400_000);

  test('start without java on PATH says to install Java 17 or 21', async () => {
    const empty = await tempHome();
    const run = await zhengtu(['db', 'start'], { PATH: empty, JAVA_HOME: '' });
    await rm(empty, { recursive: true });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/No Java found/);
    expect(run.stderr).toMatch(/→ Install a JDK 17 or 21/);
  });

  test('reset asks for --yes before deleting anything', async () => {
    const run = await zhengtu(['db', 'reset']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('zhengtu db reset --yes');
  });
});

describe('zhengtu doctor', () => {
  test('reports Node, Java, Maven and Neo4j', async () => {
    const run = await zhengtu(['doctor']);
    for (const name of ['Node', 'Java', 'Maven', 'Neo4j'])
      expect(run.stdout).toMatch(new RegExp(`^[✓!✗] ${name}: `, 'm'));
    expect(run.stdout).toMatch(/^! Neo4j: managed server not running/m);
  });
});

describe('zhengtu --help', () => {
  test.each([
    [[], /db/],
    [['db'], /start\|stop\|status\|reset/],
    [['db', 'reset'], /--yes/],
    [['doctor'], /Check Node, Java, Maven/],
  ])('explains %j', async (args, expected) => {
    const run = await zhengtu([...args, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(expected);
  });
});
