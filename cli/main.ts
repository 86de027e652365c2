// The `zhengtu` entry: subcommands load lazily, and every ZhengtuError is caught here, once, and
// printed as what happened plus what to do. Exit codes: 0 done, 1 a ZhengtuError, 2 a usage error,
// 3 `db status` found the server stopped, 70 a bug (the stack is printed).
import { defineCommand, runCommand, runMain } from 'citty';
import { isZhengtuError } from '../core/errors.ts';

const lazy = (load: () => Promise<{ default: unknown }>) => () => load().then((m) => m.default as never);

const main = defineCommand({
  meta: {
    name: 'zhengtu',
    version: '0.1.0',
    description: '政图 Zhengtu — a knowledge-graph explorer for policy news',
  },
  subCommands: {
    start: lazy(() => import('./commands/start.ts')),
    db: lazy(() => import('./commands/db.ts')),
    doctor: lazy(() => import('./commands/doctor.ts')),
    extract: lazy(() => import('./commands/extract.ts')),
    serve: lazy(() => import('./commands/serve.ts')),
    import: lazy(() => import('./commands/import.ts')),
    export: lazy(() => import('./commands/export.ts')),
  },
});

const rawArgs = process.argv.slice(2);
const builtIn =
  rawArgs.length === 0 ||
  rawArgs.some((arg) => arg === '--help' || arg === '-h') ||
  (rawArgs.length === 1 && (rawArgs[0] === '--version' || rawArgs[0] === '-v'));

if (builtIn) await runMain(main, { rawArgs: rawArgs.length ? rawArgs : ['--help'] });
else await runCommand(main, { rawArgs }).catch(fail);

function fail(error: unknown): void {
  if (isZhengtuError(error)) {
    console.error(`✗ ${error.message}`);
    if (error.hint) console.error(`  → ${error.hint}`);
    process.exitCode = error.code === 'USAGE' ? 2 : 1;
  } else if (error instanceof Error && error.name === 'CLIError') {
    console.error(`✗ ${error.message}`);
    console.error('  → See `zhengtu --help`, or `zhengtu <command> --help`.');
    process.exitCode = 2;
  } else {
    console.error(error);
    process.exitCode = 70;
  }
}
