import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type ReadResult, readInputs } from '../../importers/read.ts';

const ARTICLE = '# 国家数据局发布数据产业图谱\n\n国家数据局发布《数据产业图谱》。（来源：国家数据局）\n';

async function readAll(paths: string[], options = {}): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readInputs(paths, options)) results.push(result);
  return results;
}

const outcome = (result: ReadResult) =>
  'error' in result ? [result.file, result.error.code] : [result.file, result.kind, result.articles.length];

describe('reading inputs', () => {
  it('walks a directory in name order, and a bad file gives an error while the others go through', async () => {
    const dir = 'tests/fixtures/sources';
    const results = await readAll([dir]);
    expect(results.map(outcome)).toEqual([
      [`${dir}/article.md`, 'article', 1],
      [`${dir}/article.txt`, 'article', 1],
      [`${dir}/binary.md`, 'BAD_INPUT'],
      [`${dir}/bom.md`, 'article', 1],
      [`${dir}/empty.md`, 'BAD_INPUT'],
      [`${dir}/gb18030.txt`, 'article', 1],
      [`${dir}/gbk.txt`, 'article', 1],
      [`${dir}/gov-gbk.html`, 'html', 1],
      [`${dir}/gov-utf8.html`, 'html', 1],
      [`${dir}/newsletter-szzf-2024-07.md`, 'newsletter', 4],
      [`${dir}/records.json`, 'json', 1],
      [`${dir}/records.ndjson`, 'json', 2],
      [`${dir}/truncated.md`, 'BAD_INPUT'],
    ]);
    for (const result of results) if ('error' in result) expect(result.error.message).toContain(result.file);
  });

  it('goes into sub-directories, skips dot files and files that are not text, reads a named file of any name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhengtu-read-'));
    mkdirSync(join(dir, '2025'));
    writeFileSync(join(dir, '2025', '一月.md'), ARTICLE);
    writeFileSync(join(dir, '.草稿.md'), ARTICLE);
    writeFileSync(join(dir, '封面.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(join(dir, 'README'), ARTICLE);
    const results = await readAll([dir, join(dir, 'README')]);
    expect(results.map(outcome)).toEqual([
      [join(dir, '2025', '一月.md'), 'article', 1],
      [join(dir, 'README'), 'article', 1],
    ]);
  });

  it('reads standard input for the path "-"', async () => {
    const [result] = await readAll(['-'], { stdin: Readable.from([Buffer.from(ARTICLE)]) });
    expect(result && 'articles' in result && result.articles[0]).toMatchObject({
      title: '国家数据局发布数据产业图谱',
      source: '国家数据局',
      file: '-',
    });
  });

  it('reports a missing path as NOT_FOUND with a hint', async () => {
    const [result] = await readAll(['没有这个文件.md']);
    expect(
      result && 'error' in result && [result.error.code, result.error.message, result.error.hint],
    ).toEqual(['NOT_FOUND', 'cannot read 没有这个文件.md: no such file or directory', 'check the path']);
  });

  it('refuses a file over the size limit without reading it, and an oversized standard input', async () => {
    const [file] = await readAll(['samples/dsj-2025-02.md'], { maxBytes: 1024 });
    const [stdin] = await readAll(['-'], { maxBytes: 16, stdin: Readable.from([Buffer.from(ARTICLE)]) });
    expect(file && 'error' in file && file.error.message).toMatch(
      /dsj-2025-02\.md: the file is 64 KB, more than the limit of 1 KB/,
    );
    expect(stdin && 'error' in stdin && stdin.error.message).toMatch(
      /standard input: the file is \d+ bytes, more than the limit of 16 bytes/,
    );
  });
});
