// `zhengtu doctor`: checks what Zhengtu needs and says what to install or set when something is
// missing. It never starts or downloads anything.
import { spawnSync } from 'node:child_process';
import { defineCommand } from 'citty';
import { isZhengtuError } from '../../core/errors.ts';
import { loadConfig, type ZhengtuConfig } from '../../graph/config.ts';
import { connect } from '../../graph/driver.ts';
import { findJava } from '../../graph/server/java.ts';
import { serverStatus } from '../../graph/server/lifecycle.ts';
import { readMarker } from '../../graph/server/resolve.ts';

type Level = 'ok' | 'warn' | 'fail';
interface Check {
  name: string;
  level: Level;
  detail: string;
  hint?: string;
}

const MARK: Record<Level, string> = { ok: '✓', warn: '!', fail: '✗' };

export default defineCommand({
  meta: { name: 'doctor', description: 'Check Node, Java, Maven and the configured Neo4j' },
  async run() {
    const config = loadConfig();
    const checks = [checkNode(), checkJava(config), await checkMaven(config), await checkNeo4j(config)];
    for (const check of checks) {
      console.log(`${MARK[check.level]} ${check.name}: ${check.detail}`);
      if (check.hint) console.log(`    → ${check.hint}`);
    }
    if (checks.some((check) => check.level === 'fail')) process.exitCode = 1;
  },
});

function checkNode(): Check {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const ok = major > 20 || (major === 20 && minor >= 19);
  return {
    name: 'Node',
    level: ok ? 'ok' : 'fail',
    detail: process.versions.node,
    hint: ok ? undefined : 'Install Node 20.19 or newer.',
  };
}

function checkJava(config: ZhengtuConfig): Check {
  try {
    const java = findJava();
    return { name: 'Java', level: 'ok', detail: `Java ${java.major} at ${java.path}` };
  } catch (error) {
    if (!isZhengtuError(error)) throw error;
    const level = config.external ? 'warn' : 'fail';
    return {
      name: 'Java',
      level,
      detail: error.message,
      hint: config.external ? 'Not needed with NEO4J_URI.' : error.hint,
    };
  }
}

async function checkMaven(config: ZhengtuConfig): Promise<Check> {
  const run = spawnSync('mvn', ['-v'], { encoding: 'utf8', timeout: 30_000 });
  const version = /Apache Maven ((\d+)\.(\d+)[.\d]*)/.exec(run.stdout ?? '');
  const [major, minor] = [Number(version?.[2]), Number(version?.[3])];
  const detail = version ? `Maven ${version[1]}` : 'mvn not found';
  if (version && (major > 3 || (major === 3 && minor >= 8))) return { name: 'Maven', level: 'ok', detail };
  const jars = await readMarker(config.managed.jarsDir);
  const needed = !config.external && jars?.version !== config.managed.version;
  return {
    name: 'Maven',
    level: needed ? 'fail' : 'warn',
    detail: version ? `${detail} is older than 3.8` : detail,
    hint: needed
      ? 'Install Maven 3.8+ (Debian: apt-get install maven): the first start fetches Neo4j with it.'
      : 'Not needed now: Neo4j is already fetched, or NEO4J_URI is set.',
  };
}

async function checkNeo4j(config: ZhengtuConfig): Promise<Check> {
  const managed = config.managed;
  if (!config.external) {
    const status = await serverStatus(managed);
    const jars = await readMarker(managed.jarsDir);
    if (!status.running) {
      const fetched = jars ? `Neo4j ${jars.version} fetched` : `Neo4j ${managed.version} not fetched yet`;
      return {
        name: 'Neo4j',
        level: 'warn',
        detail: `managed server not running (${fetched}, home ${managed.home})`,
        hint: 'Start it with `zhengtu db start`.',
      };
    }
  }
  try {
    const db = await connect(config);
    const [row] = await db.read<{ version: string }>(
      'CALL dbms.components() YIELD versions RETURN versions[0] AS version',
    );
    await db.close();
    const where = config.external ? 'NEO4J_URI' : `managed, home ${managed.home}`;
    return { name: 'Neo4j', level: 'ok', detail: `${row?.version ?? '?'} answers at ${db.uri} (${where})` };
  } catch (error) {
    if (!isZhengtuError(error)) throw error;
    return { name: 'Neo4j', level: 'fail', detail: error.message, hint: error.hint };
  }
}
