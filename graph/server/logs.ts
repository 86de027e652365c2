import { readFile } from 'node:fs/promises';

/** The last lines of a log file, indented for an error message; empty when there is no such file. */
export async function logTail(path: string, lines: number): Promise<string> {
  try {
    const text = await readFile(path, 'utf8');
    return text
      .trimEnd()
      .split('\n')
      .slice(-lines)
      .map((line) => `    ${line}`)
      .join('\n');
  } catch {
    return '';
  }
}
