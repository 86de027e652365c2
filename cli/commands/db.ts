// `zhengtu db start|stop|status|reset`: the managed Neo4j. With NEO4J_URI set Zhengtu manages no
// server, so these report on (or refuse to touch) the user's own.
import { defineCommand } from 'citty';
import { ZhengtuError } from '../../core/errors.ts';
import { loadConfig } from '../../graph/config.ts';
import { connect, openDb } from '../../graph/driver.ts';
import { applySchema } from '../../graph/schema.ts';
import { resetServer, serverStatus, startServer, stopServer } from '../../graph/server/lifecycle.ts';

const progress = (line: string) => console.error(line);

const start = defineCommand({
  meta: {
    name: 'start',
    description: 'Start the managed Neo4j (fetching it on first use) and print its bolt:// URI',
  },
  async run() {
    const config = loadConfig();
    if (config.external) return reportExternal();
    const started = await startServer(config.managed, { say: progress });
    const how = started.alreadyRunning ? 'was already running' : `started in ${started.seconds.toFixed(1)} s`;
    // A graph loaded offline (`zhengtu export`) gets its indexes and empty lists here, before any serve.
    const db = await openDb(started.connection, { kind: 'managed' });
    try {
      await applySchema(db);
    } finally {
      await db.close();
    }
    console.log(started.connection.uri);
    console.error(
      `Neo4j ${config.managed.version} ${how} (pid ${started.pid}, home ${config.managed.home}).`,
    );
  },
});

const stop = defineCommand({
  meta: { name: 'stop', description: 'Stop the managed Neo4j gracefully' },
  async run() {
    const config = loadConfig();
    if (config.external)
      return console.log(`NEO4J_URI is set: Zhengtu does not manage ${config.external.uri}.`);
    const stopped = await stopServer(config.managed);
    if (!stopped.wasRunning) return console.log('Neo4j was not running.');
    if (stopped.forced)
      console.log(`Neo4j ignored SIGTERM for ${stopped.seconds.toFixed(0)} s and was killed.`);
    else console.log(`Neo4j stopped in ${stopped.seconds.toFixed(1)} s.`);
  },
});

const status = defineCommand({
  meta: { name: 'status', description: 'Say whether the database is running (exit code 3 when stopped)' },
  async run() {
    const config = loadConfig();
    if (config.external) return reportExternal();
    const now = await serverStatus(config.managed);
    if (now.running) {
      return console.log(`Neo4j ${now.version} is running at ${now.uri} (pid ${now.pid}, home ${now.home}).`);
    }
    console.log(`Neo4j is not running (home ${now.home}). Start it with \`zhengtu db start\`.`);
    process.exitCode = 3;
  },
});

const reset = defineCommand({
  meta: { name: 'reset', description: 'Stop the managed Neo4j and delete its data (asks for --yes)' },
  args: { yes: { type: 'boolean', description: 'Confirm that every node and relationship is deleted' } },
  async run({ args }) {
    const config = loadConfig();
    if (config.external) {
      throw new ZhengtuError('USAGE', `NEO4J_URI is set: \`db reset\` only wipes the managed server.`, {
        hint: 'Unset NEO4J_URI to reset the managed server; clear your own database with your own tools.',
      });
    }
    if (!args.yes) {
      throw new ZhengtuError('USAGE', `This deletes the whole graph in ${config.managed.home}/data.`, {
        hint: 'Run `zhengtu db reset --yes` to confirm.',
      });
    }
    await resetServer(config.managed);
    console.log(
      `Deleted the data in ${config.managed.home}; \`zhengtu db start\` begins with an empty graph.`,
    );
  },
});

export default defineCommand({
  meta: { name: 'db', description: 'Manage the Neo4j database' },
  subCommands: { start, stop, status, reset },
});

async function reportExternal(): Promise<void> {
  const db = await connect();
  await db.close();
  console.log(db.uri);
  console.error(`Using your Neo4j from NEO4J_URI (database ${db.database}); Zhengtu starts nothing.`);
}
