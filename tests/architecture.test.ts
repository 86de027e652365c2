// The direction of the code: core/ imports no other folder, extraction never reaches the storage
// layer and the storage layer never reaches extraction (pipeline/ composes them), benchmarks stand
// on their own, and no chain of file imports comes back to where it started.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const FOLDERS = [
  'core',
  'importers',
  'graph',
  'pipeline',
  'api',
  'cli',
  'bench',
  'harness',
  'scripts',
  'tests',
  'web/src',
];

/** Every project file and the project files it imports (type-only imports included), by path. */
const imports = new Map<string, string[]>(
  FOLDERS.flatMap((folder) => sourceFiles(folder)).map((file) => [file, importsOf(file)]),
);

const importedFrom = (folder: string, target: string) =>
  [...imports]
    .filter(([file]) => file.startsWith(`${folder}/`))
    .flatMap(([file, targets]) =>
      targets.filter((t) => t.startsWith(`${target}/`)).map((t) => `${file} → ${t}`),
    );

describe('the import direction', () => {
  test.each([
    ['core', 'importers'],
    ['core', 'graph'],
    ['core', 'pipeline'],
    ['graph', 'importers'],
    ['graph', 'pipeline'],
    ['importers', 'graph'],
    ['importers', 'pipeline'],
    ['bench', 'tests'],
  ])('%s/ imports nothing from %s/', (folder, target) => {
    expect(importedFrom(folder, target)).toEqual([]);
  });

  test('no file imports itself through a chain of imports', () => {
    expect(cycles()).toEqual([]);
  });
});

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|svelte)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .filter((file) => !file.includes('node_modules') && !file.startsWith('tests/fixtures/'));
}

function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => relative(ROOT, resolve(ROOT, dirname(file), name)));
}

/** Each cycle once, as the files along it. */
function cycles(): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string) => {
    const at = path.indexOf(file);
    if (at >= 0) {
      found.push([...path.slice(at), file]);
      return;
    }
    if (done.has(file)) return;
    path.push(file);
    for (const next of imports.get(file) ?? []) visit(next);
    path.pop();
    done.add(file);
  };
  for (const file of imports.keys()) visit(file);
  return found;
}
