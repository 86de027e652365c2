// The importers' entry: paths (files, directories, `-` for stdin) to articles, one result per
// file. A file that cannot be read gives an error result and the others still go through.

import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { isZhengtuError, ZhengtuError } from '../core/errors.ts';
import type { Article } from '../core/model.ts';
import { decode, MAX_INPUT_BYTES, tooLarge } from './decode.ts';
import { DOCUMENT_EXTENSIONS, documentMarkdown } from './sources/documents.ts';
import { readText, type SourceKind, TEXT_EXTENSIONS } from './sources/index.ts';

export type ReadResult =
  | { file: string; kind: SourceKind; articles: Article[] }
  | { file: string; error: ZhengtuError };

export interface ReadOptions {
  maxBytes?: number;
  /** Read for the path `-`; process.stdin unless given */
  stdin?: AsyncIterable<Uint8Array>;
}

/** Reads every file the paths name, directories recursively (text and document extensions, no dot files). */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  for (const path of paths) {
    if (path === '-')
      yield await settle('-', async () => readStream(options.stdin ?? process.stdin, options));
    else for await (const file of expand(path)) yield await settle(file, () => readPath(file, options));
  }
}

/** The articles in one file's bytes; throws ZhengtuError BAD_INPUT. */
export function readBytes(bytes: Uint8Array, file: string, maxBytes = MAX_INPUT_BYTES) {
  return readText(decode(bytes, file, maxBytes), file);
}

/** The articles in one file's bytes, text or a document (PDF, .docx); throws ZhengtuError BAD_INPUT. */
export async function readDocument(bytes: Uint8Array, file: string, maxBytes = MAX_INPUT_BYTES) {
  const markdown = await documentMarkdown(bytes, file);
  return markdown === undefined ? readBytes(bytes, file, maxBytes) : readText(markdown, file);
}

async function settle(file: string, read: () => Promise<Omit<ReadResult & { kind: SourceKind }, 'file'>>) {
  try {
    return { file, ...(await read()) } as ReadResult;
  } catch (error) {
    return { file, error: asZhengtuError(error, file) };
  }
}

async function readPath(file: string, options: ReadOptions) {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const { size } = await stat(file);
  if (size > maxBytes) throw tooLarge(file, size, maxBytes);
  return readDocument(await readFile(file), file, maxBytes);
}

async function readStream(stream: AsyncIterable<Uint8Array>, options: ReadOptions) {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge('standard input', size, maxBytes);
    chunks.push(chunk);
  }
  return readDocument(Buffer.concat(chunks), '-', maxBytes);
}

const WALKED = [...TEXT_EXTENSIONS, ...DOCUMENT_EXTENSIONS];

async function* expand(path: string): AsyncGenerator<string> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) {
    yield path;
    return;
  }
  const entries = await readdir(path, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) yield* expand(child);
    else if (WALKED.includes(extname(entry.name).slice(1).toLowerCase())) yield child;
  }
}

function asZhengtuError(error: unknown, file: string): ZhengtuError {
  if (isZhengtuError(error)) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    return new ZhengtuError('NOT_FOUND', `cannot read ${file}: no such file or directory`, {
      hint: 'check the path',
      cause: error,
    });
  }
  const reason = (error as Error).message ?? String(error);
  return new ZhengtuError('BAD_INPUT', `cannot read ${file}: ${reason}`, {
    hint: 'check the file',
    cause: error,
  });
}
