// The export's directory: new, empty, or an earlier export (whose files are replaced). Anything
// else is refused, so an export never mixes with or deletes files it did not write.
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ZhengtuError } from '../../core/errors.ts';
import { REPORT_NAME, SCRIPT_MARK, SCRIPT_NAME } from './command.ts';

const EXPORT_FILE = /^(nodes|relationships)-\w+\.csv$/;

/** Creates `dir`, or empties it when it holds an earlier export; refuses any other content. */
export async function prepareDir(dir: string): Promise<void> {
  const names = await listDir(dir);
  if (names.length > 0 && !(await isEarlierExport(dir, names))) {
    throw new ZhengtuError('BAD_INPUT', `${dir} is not empty and holds no earlier export.`, {
      hint: 'Name a new or empty directory; an earlier export (with its import.sh) is replaced in place.',
    });
  }
  for (const name of names) await rm(join(dir, name));
  await mkdir(dir, { recursive: true });
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (cause) {
    const code = (cause as { code?: string }).code;
    if (code === 'ENOENT') return [];
    throw new ZhengtuError('BAD_INPUT', `Cannot write the export to ${dir}: ${code ?? cause}.`, {
      hint: 'Name a directory you can write to (it is created when missing).',
      cause,
    });
  }
}

async function isEarlierExport(dir: string, names: string[]): Promise<boolean> {
  const ours = (name: string) => EXPORT_FILE.test(name) || name === SCRIPT_NAME || name === REPORT_NAME;
  if (!names.includes(SCRIPT_NAME) || !names.every(ours)) return false;
  const script = await readFile(join(dir, SCRIPT_NAME), 'utf8');
  return script.split('\n')[1] === SCRIPT_MARK;
}
