// The offline load of an export: `neo4j-admin database import full`, as the shell line printed by
// the command and written to DIR/import.sh. The managed server has no bin/neo4j-admin, so for it
// the same tool is named by its class in the server's jars, the way Zhengtu runs it itself.
import { join } from 'node:path';
import type { ManagedSettings } from '../config.ts';
import { serverPaths } from '../server/paths.ts';
import { ARRAY_DELIMITER_OPTION } from './csv.ts';

/** How neo4j-admin is run: the words before `database import`, and the environment it needs. */
export interface AdminTool {
  program: string[];
  env: Record<string, string>;
}

export interface ExportFiles {
  dir: string;
  nodes: string[];
  relationships: string[];
}

/** The second line of every import.sh; it marks a directory as an earlier export. */
export const SCRIPT_MARK = '# Written by `zhengtu export --format neo4j-admin`.';
export const SCRIPT_NAME = 'import.sh';
export const REPORT_NAME = 'import.report';

/** neo4j-admin on PATH, for a Neo4j that Zhengtu does not manage (NEO4J_URI). */
export const NEO4J_ADMIN: AdminTool = { program: ['neo4j-admin'], env: {} };

/** The managed server's own neo4j-admin: its jars, its home and its configuration. */
export function managedAdmin(settings: ManagedSettings, java: string): AdminTool {
  const paths = serverPaths(settings.home);
  return {
    program: [java, '-cp', join(settings.jarsDir, '*'), 'org.neo4j.cli.AdminTool'],
    env: { NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf },
  };
}

/** The command's words, one option a line: environment and program first, then each option. */
export function importLines(tool: AdminTool, files: ExportFiles, database: string): string[][] {
  const env = Object.entries(tool.env).map(([name, value]) => `${name}=${shellQuote(value)}`);
  return [
    [...env, ...tool.program.map(shellQuote), 'database', 'import', 'full', shellQuote(database)],
    ...[
      '--overwrite-destination=true',
      `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
      '--multiline-fields=true',
      `--report-file=${join(files.dir, REPORT_NAME)}`,
      ...files.nodes.map((file) => `--nodes=${file}`),
      ...files.relationships.map((file) => `--relationships=${file}`),
    ].map((option) => [shellQuote(option)]),
  ];
}

export const importCommand = (lines: string[][]) => lines.map((words) => words.join(' ')).join(' ');

export function importScript(lines: string[][], database: string): string {
  const command = lines.map((words) => words.join(' ')).join(' \\\n  ');
  return `#!/bin/sh
${SCRIPT_MARK}
# Loads the CSV files beside it into database "${database}", replacing its graph. Run it while
# that Neo4j is stopped, then start it; zhengtu db start (or the next import) prepares the loaded graph.
set -e
${command}
`;
}

export const shellQuote = (text: string) =>
  /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
