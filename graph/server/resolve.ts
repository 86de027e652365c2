// Neo4j Community comes from Maven Central: a generated pom and `mvn dependency:copy-dependencies`
// fetch org.neo4j:neo4j and its ~240 jars once. A marker file records the result so later starts
// never call Maven.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { ZhengtuError } from '../../core/errors.ts';
import type { ManagedSettings } from '../config.ts';
import { logTail } from './logs.ts';

export interface Jars {
  dir: string;
  version: string;
  count: number;
}

const MARKER = 'resolved.json';

/** The jars of the configured Neo4j version, fetched with Maven when they are not there yet. */
export async function resolveJars(settings: ManagedSettings, say: (line: string) => void): Promise<Jars> {
  const ready = await readMarker(settings.jarsDir);
  if (ready?.version === settings.version) return ready;
  return download(settings, say);
}

export async function readMarker(dir: string): Promise<Jars | undefined> {
  try {
    const jars = JSON.parse(await readFile(join(dir, MARKER), 'utf8')) as Jars;
    return { ...jars, dir };
  } catch {
    return undefined;
  }
}

const pom = (version: string) => `<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by Zhengtu to fetch Neo4j Community from Maven Central. -->
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>zhengtu</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId>
      <artifactId>neo4j</artifactId>
      <version>${version}</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-dependency-plugin</artifactId>
        <version>3.8.1</version>
      </plugin>
    </plugins>
  </build>
</project>
`;

async function download(settings: ManagedSettings, say: (line: string) => void): Promise<Jars> {
  const project = dirname(settings.jarsDir);
  const staging = `${settings.jarsDir}.partial`;
  const log = join(project, 'maven.log');
  await mkdir(project, { recursive: true });
  await rm(staging, { recursive: true, force: true });
  await writeFile(join(project, 'pom.xml'), pom(settings.version));
  say(`Fetching Neo4j ${settings.version} from Maven Central into ${settings.jarsDir} (once; about 130 MB)…`);
  const started = Date.now();
  await runMaven(project, staging, log, say);
  const jars = (await readdir(staging)).filter((name) => name.endsWith('.jar'));
  const result = { dir: settings.jarsDir, version: settings.version, count: jars.length };
  await writeFile(join(staging, MARKER), JSON.stringify({ version: result.version, count: result.count }));
  await rm(settings.jarsDir, { recursive: true, force: true });
  await rename(staging, settings.jarsDir);
  say(`Fetched ${jars.length} jars in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  return result;
}

function runMaven(project: string, staging: string, log: string, say: (line: string) => void): Promise<void> {
  const args = [
    '-B',
    'dependency:copy-dependencies',
    `-DoutputDirectory=${staging}`,
    '-DincludeScope=runtime',
  ];
  const child = spawn('mvn', args, { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = createWriteStream(log);
  child.stderr.pipe(out);
  let files = 0;
  createInterface({ input: child.stdout }).on('line', (line) => {
    out.write(`${line}\n`);
    if (!line.includes('Downloaded from')) return;
    files += 1;
    if (files % 25 === 0) say(`  … ${files} files downloaded`);
  });
  return new Promise((resolve, reject) => {
    child.on('error', (cause) =>
      reject(
        new ZhengtuError('MAVEN_MISSING', 'Maven (mvn) was not found, so Neo4j cannot be fetched.', {
          hint: 'Install Maven 3.8+ (Debian: apt-get install maven), or use your own Neo4j with NEO4J_URI.',
          cause,
        }),
      ),
    );
    child.on('close', async (code) => {
      out.end();
      if (code === 0 && existsSync(staging)) return resolve();
      const tail = await logTail(log, 15);
      reject(
        new ZhengtuError('DOWNLOAD_FAILED', `Maven could not fetch Neo4j (exit code ${code}):\n${tail}`, {
          hint: `Check the network access to Maven Central (repo1.maven.org) and ~/.m2/settings.xml; the full log is ${log}.`,
        }),
      );
    });
  });
}
