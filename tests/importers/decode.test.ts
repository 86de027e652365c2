import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isZhengtuError } from '../../core/errors.ts';
import { decode } from '../../importers/decode.ts';

const TEXT = '国家数据局发布《数据产业图谱》，贵州省算力规模达到150EFlops。';
const encode = (text: string, encoding: string) =>
  new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', encoding], { input: text }));
const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(bytes: Uint8Array, maxBytes?: number): string {
  try {
    decode(bytes, 'input.md', maxBytes);
  } catch (error) {
    if (isZhengtuError(error, 'BAD_INPUT')) return error.message;
    throw error;
  }
  throw new Error('decoded without an error');
}

describe('decoding input bytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decode(utf8(TEXT), 'a.md')).toBe(TEXT);
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]), 'a.md')).toBe(TEXT);
  });

  it('reads GBK and GB18030 without being told, including characters only GB18030 has', () => {
    expect(decode(encode(TEXT, 'GBK'), 'a.txt')).toBe(TEXT);
    const rare = `${TEXT}人名“䶮”，“𠮷”字。`;
    expect(decode(encode(rare, 'GB18030'), 'a.txt')).toBe(rare);
  });

  it('follows a declared charset in an HTML page', () => {
    const page = `<html><head><meta charset="gb2312"></head><body><p>${TEXT}</p></body></html>`;
    expect(decode(encode(page, 'GBK'), 'a.html')).toBe(page);
  });

  it('reads UTF-16 with a byte-order mark', () => {
    expect(decode(encode(TEXT, 'UTF-16'), 'a.txt')).toBe(TEXT);
  });

  it('refuses an empty or blank file, naming the file', () => {
    expect(refusal(new Uint8Array())).toBe('cannot read input.md: the file is empty');
    expect(refusal(utf8(' \n\u3000\n'))).toMatch(/input\.md: the file holds only white space/);
  });

  it('refuses binary files by their control bytes', () => {
    expect(refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toMatch(
      /binary file \(it holds NUL or other control bytes\)/,
    );
    expect(refusal(new Uint8Array([0x41, 0x00, 0x42, 0x01, 0x02]))).toMatch(/control bytes/);
  });

  it('refuses UTF-8 cut off in the middle of a character as truncated', () => {
    const bytes = utf8(TEXT.slice(0, 10));
    expect(refusal(bytes.subarray(0, bytes.length - 1))).toMatch(/truncated/);
  });

  it('refuses input over the size limit, saying the size and the limit', () => {
    expect(refusal(utf8(TEXT.repeat(2000)), 64 * 1024)).toMatch(
      /input\.md: the file is \d+ KB, more than the limit of 64 KB/,
    );
  });

  it('refuses bytes that are no known text encoding', () => {
    expect(refusal(new Uint8Array([0x80, 0xff, 0x80, 0xff, 0xfe, 0x80]))).toMatch(
      /not text in UTF-8, GBK or GB18030/,
    );
  });
});
