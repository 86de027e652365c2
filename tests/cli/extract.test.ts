import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'zhengtu-extract-'));
const article = join(dir, 'article.md');
writeFileSync(
  article,
  '# 贵州省印发行动方案\n\n来源：贵州省人民政府办公厅\n\n近日，贵州省人民政府办公厅印发《贵州省数据行动方案》。\n',
);
const empty = join(dir, 'empty.md');
writeFileSync(empty, '');

async function zhengtu(...args: string[]) {
  try {
    const { stdout, stderr } = await run('node', ['bin/zhengtu.js', 'extract', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('zhengtu extract', () => {
  it('prints a summary per article: title, counts and who issued what', async () => {
    const out = await zhengtu(article);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('贵州省印发行动方案');
    expect(out.stdout).toMatch(/Agency 1, Policy 1/);
    expect(out.stdout).toContain('贵州省数据行动方案 ← 贵州省人民政府办公厅');
  });

  it('prints one JSON document in the annotation shape with --json', async () => {
    const out = await zhengtu(article, '--json');
    const doc = JSON.parse(out.stdout) as { articles: { relations: { type: string }[] }[] };
    expect(doc.articles).toHaveLength(1);
    expect(doc.articles[0]?.relations.map((r) => r.type)).toContain('ISSUED_BY');
  });

  it('exits 1 when a file fails, naming it on stderr, and still prints the others', async () => {
    const out = await zhengtu(empty, article, '--json');
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('empty.md');
    expect((JSON.parse(out.stdout) as { articles: unknown[] }).articles).toHaveLength(1);
  });
});
