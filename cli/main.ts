import { defineCommand, runMain } from 'citty';

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
  },
});

runMain(main);
