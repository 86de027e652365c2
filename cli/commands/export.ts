// `zhengtu export --format neo4j-admin DIR`: the stored graph as CSV files for an offline bulk load,
// and the `neo4j-admin database import full` command that loads them (DIR/import.sh).
import { defineCommand } from 'citty';
import { SingleBar } from 'cli-progress';
import { ZhengtuError } from '../../core/errors.ts';
import { loadConfig, type ZhengtuConfig } from '../../graph/config.ts';
import { connect } from '../../graph/driver.ts';
import {
  type AdminTool,
  type ExportResult,
  exportGraph,
  managedAdmin,
  NEO4J_ADMIN,
  shellQuote,
} from '../../graph/export/index.ts';
import { findJava } from '../../graph/server/java.ts';

const FORMATS = ['neo4j-admin'];

export default defineCommand({
  meta: { name: 'export', description: 'Write the stored graph as files for an offline bulk load' },
  args: {
    dir: { type: 'positional', description: 'Directory for the CSV files and import.sh', required: true },
    format: { type: 'string', description: 'Export format: neo4j-admin', required: true },
  },
  async run({ args }) {
    if (!FORMATS.includes(args.format)) {
      throw new ZhengtuError('USAGE', `Unknown export format "${args.format}".`, {
        hint: `Use --format ${FORMATS.join(' or ')}.`,
      });
    }
    const config = loadConfig();
    const db = await connect(config, { start: true, say: (line) => console.error(line) });
    const bar = progressBar();
    let result: ExportResult;
    try {
      result = await exportGraph(db, String(args.dir), { admin: admin(config), onProgress: bar.update });
    } finally {
      bar.stop();
      await db.close();
    }
    report(result, config);
  },
});

function admin(config: ZhengtuConfig): AdminTool {
  return config.external ? NEO4J_ADMIN : managedAdmin(config.managed, findJava().path);
}

function report(result: ExportResult, config: ZhengtuConfig): void {
  const files = result.nodes.length + result.relationships.length;
  console.log(
    `✓ ${result.nodeCount} nodes and ${result.relationshipCount} relationships written to ${files} CSV files in ${result.dir} (${result.seconds.toFixed(1)} s).`,
  );
  const script = shellQuote(result.script);
  if (config.external) {
    console.log(`Next, load them on the machine that runs ${config.external.uri} (this replaces the graph):`);
    console.log(`  stop that Neo4j, run ${script} there with its neo4j-admin on PATH, start it again`);
    console.log('  (the paths in import.sh are this machine’s: copy the directory or edit them)');
  } else {
    console.log('Next, load them into the managed Neo4j (this replaces its graph):');
    console.log(`  zhengtu db stop && sh ${script} && zhengtu db start`);
  }
  console.log(
    '`zhengtu db start` (or the next import) sets up the loaded graph once: constraints, full-text index, empty lists.',
  );
}

/** A bar on a terminal; nothing otherwise (the summary follows). */
function progressBar() {
  const bar = process.stderr.isTTY
    ? new SingleBar({
        format: 'export |{bar}| {value}/{total} rows | ETA {eta_formatted}',
        stream: process.stderr,
      })
    : undefined;
  let started = false;
  return {
    update: (done: number, total: number) => {
      if (bar && !started) bar.start(total, 0);
      started = true;
      bar?.update(done);
    },
    stop: () => bar?.stop(),
  };
}
