// Neo4j 5.26 runs on Java 17 or 21 only; a newer default JDK (Temurin 25) makes it fail at start.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ZhengtuError } from '../../core/errors.ts';

export interface Java {
  path: string;
  major: number;
}

const SUPPORTED = { min: 17, max: 21 };

/** The first suitable java: $JAVA_HOME/bin/java, then each `java` on PATH. */
export function findJava(env: Record<string, string | undefined> = process.env): Java {
  const seen: Java[] = [];
  for (const path of candidates(env)) {
    const major = javaMajor(path);
    if (major === undefined) continue;
    if (major >= SUPPORTED.min && major <= SUPPORTED.max) return { path, major };
    seen.push({ path, major });
  }
  const found = seen.map((java) => `Java ${java.major} at ${java.path}`).join(', ');
  throw new ZhengtuError(
    'JAVA_MISSING',
    found
      ? `Neo4j 5.26 needs Java 17 or 21, but only found ${found}.`
      : 'No Java found: Neo4j needs Java 17 or 21 (looked in JAVA_HOME and PATH).',
    {
      hint: 'Install a JDK 17 or 21 (Debian: apt-get install openjdk-17-jre-headless) and put it on PATH or set JAVA_HOME; or use your own Neo4j with NEO4J_URI.',
    },
  );
}

/** The major version `java -version` reports (1.8 → 8, 17.0.15 → 17), or undefined if it does not run. */
export function javaMajor(path: string): number | undefined {
  const run = spawnSync(path, ['-version'], { encoding: 'utf8', timeout: 20_000 });
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${run.stderr}${run.stdout}`);
  if (run.error || !match) return undefined;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

function* candidates(env: Record<string, string | undefined>): Generator<string> {
  if (env.JAVA_HOME) yield join(env.JAVA_HOME, 'bin', 'java');
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    const path = join(dir, 'java');
    if (dir && isExecutable(path)) yield path;
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
