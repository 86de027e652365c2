import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const WEB = resolve('web');
const ALLOWED = [WEB, resolve('core')];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'dist' ? [] : sources(path);
    return /\.(ts|svelte)$/.test(entry.name) ? [path] : [];
  });
}

function localImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1] ?? '');
  return specifiers.map((specifier) => resolve(dirname(file), specifier));
}

describe('the explorer’s sources', () => {
  it('import only from web/ and the shared vocabulary in core/, never graph/, api/ or importers/', () => {
    const outside = sources(WEB).flatMap((file) =>
      localImports(file)
        .filter((target) => !ALLOWED.some((dir) => target.startsWith(`${dir}/`)))
        .map((target) => `${relative(WEB, file)} → ${relative('.', target)}`),
    );
    expect(outside).toEqual([]);
  });
});
