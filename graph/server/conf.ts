// The configuration Zhengtu writes for its managed Neo4j, and the JVM options Neo4j's own launcher
// would pass. We start CommunityEntryPoint directly, so `server.jvm.additional` lines in neo4j.conf
// would be ignored: the options below are the defaults of Neo4j 5.26's shipped neo4j.conf.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ManagedSettings } from '../config.ts';
import type { ServerPaths } from './paths.ts';

const NEO4J_JVM_DEFAULTS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dlog4j.layout.jsonTemplate.maxStringLength=32768',
  '-Dfile.encoding=UTF-8',
];

/** `-XX:+AlwaysPreTouch` is left out: it commits the whole heap up front, slow on a shared machine. */
export function jvmArgs(settings: ManagedSettings): string[] {
  const size = jvmSize(settings.heap);
  return [`-Xms${size}`, `-Xmx${size}`, ...NEO4J_JVM_DEFAULTS, ...settings.jvmOptions];
}

export async function writeConf(paths: ServerPaths, settings: ManagedSettings, port: number): Promise<void> {
  const lines = [
    '# Written by Zhengtu before every start; edit ZHENGTU_* variables instead of this file.',
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    `server.directories.run=${paths.run}`,
    `server.directories.import=${join(paths.home, 'import')}`,
    'server.default_listen_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${port}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.memory.heap.initial_size=${settings.heap}`,
    `server.memory.heap.max_size=${settings.heap}`,
    `server.memory.pagecache.size=${settings.pageCache}`,
    `db.transaction.timeout=${settings.transactionTimeout}`,
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    // Bolt's event loops wait 5 s for quiet twice on shutdown; by then every database has stopped.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
  ];
  await mkdir(paths.conf, { recursive: true });
  await writeFile(join(paths.conf, 'neo4j.conf'), `${lines.join('\n')}\n`);
}

/** Neo4j writes sizes as 512m or 2g (or 2gb); the JVM wants 512m or 2g. */
function jvmSize(size: string): string {
  return size.toLowerCase().replace(/b$/, '').replace(/i$/, '');
}
