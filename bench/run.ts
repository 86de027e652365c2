// `npm run bench [-- NAME...]`: runs each listed benchmark as its own process (so memory figures
// are its own) and lets it print its table. Add a benchmark by adding its file here.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const BENCHES: Record<string, string> = {
  extract: 'extract.ts',
  import: 'import.ts',
  pipeline: 'pipeline.ts',
  api: 'api.ts',
  web: 'web.ts',
};

const chosen = process.argv.slice(2).filter((name) => !name.startsWith('-'));
const names = chosen.length > 0 ? chosen : Object.keys(BENCHES);
let failed = 0;
for (const name of names) {
  const file = BENCHES[name];
  if (!file) {
    console.error(`✗ no benchmark named ${name}; known: ${Object.keys(BENCHES).join(', ')}`);
    failed++;
    continue;
  }
  console.log(`\n## ${name}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, file)], {
    stdio: 'inherit',
  });
  if (run.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
