// `zhengtu extract FILE|DIR... [--json]`: read → extract → print, without a database. Exit 1 when
// some file could not be read (its error on stderr), after printing what the others gave.
import { defineCommand } from 'citty';
import { ZhengtuError } from '../../core/errors.ts';
import { type Article, ENTITY_TYPES, type ExtractedArticle } from '../../core/model.ts';
import { extractAll } from '../../importers/extract/index.ts';
import { toAnnotation } from '../../importers/format.ts';
import { readInputs } from '../../importers/read.ts';

export default defineCommand({
  meta: {
    name: 'extract',
    description: 'Show the entities and relations found in files, without a database',
  },
  args: {
    paths: { type: 'positional', description: 'Files or directories to read (- for stdin)', required: true },
    json: { type: 'boolean', description: 'Print one JSON document in the docs/annotation.md shape' },
  },
  async run({ args }) {
    // `zhengtu extract … | head` closes the pipe early: stop quietly, as Unix tools do.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
    const paths = args._.length ? args._.map(String) : [String(args.paths)];
    const articles: Article[] = [];
    const files: string[] = [];
    let failed = 0;
    for await (const result of readInputs(paths)) {
      if ('error' in result) {
        failed++;
        console.error(`✗ ${result.error.message}`);
        if (result.error.hint) console.error(`  → ${result.error.hint}`);
        continue;
      }
      files.push(result.file);
      articles.push(...result.articles);
    }
    const extracted = extractAll(articles);
    if (args.json)
      console.log(
        JSON.stringify(toAnnotation(extracted, files.length === 1 ? files[0] : undefined), null, 2),
      );
    else for (const a of extracted) console.log(summary(a));
    if (failed > 0 && files.length === 0) {
      throw new ZhengtuError('BAD_INPUT', `none of the ${failed} input(s) could be read`, {
        hint: 'Check the paths and the errors above.',
      });
    }
    if (failed > 0) process.exitCode = 1;
  },
});

function summary(a: ExtractedArticle): string {
  const counts = ENTITY_TYPES.map((t) => `${t} ${a.entities.filter((e) => e.type === t).length}`).join(', ');
  const issued = a.relations
    .filter((r) => r.type === 'ISSUED_BY')
    .map((r) => `    ${r.from.slice('Policy:'.length)} ← ${r.to.slice('Agency:'.length)}`);
  return [
    `■ ${a.title}`,
    `  ${a.file}${a.section ? ` · ${a.section}` : ''}`,
    `  ${counts}, ${a.relations.length} relations`,
    ...issued,
    '',
  ].join('\n');
}
