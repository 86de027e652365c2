// Bytes to text. Inputs arrive as UTF-8 (with or without a BOM), UTF-16 with a BOM, or the
// Chinese national encodings GBK / GB18030; anything else is refused with the reason, so that
// one bad file is reported instead of being read as mojibake. Binary formats are known by their
// signatures before this (sources/documents.ts); here a binary file shows by its control bytes.

import { analyse } from 'chardet';
import { ZhengtuError } from '../core/errors.ts';

/** Larger inputs are refused: a policy article or a newsletter issue is well under a megabyte. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** The text of a file's bytes, or a BAD_INPUT error naming the file and the reason. */
export function decode(bytes: Uint8Array, file: string, maxBytes = MAX_INPUT_BYTES): string {
  if (bytes.length === 0) throw badInput(file, 'the file is empty', 'give a file with text in it');
  if (bytes.length > maxBytes) throw tooLarge(file, bytes.length, maxBytes);
  const bom = byBom(bytes);
  const text = bom ? strict(bom.encoding, bytes.subarray(bom.length)) : byContent(bytes, file);
  if (text === undefined) throw notText(file, bom?.encoding ?? 'utf-8');
  if (text.trim() === '')
    throw badInput(file, 'the file holds only white space', 'give a file with text in it');
  return text;
}

export function tooLarge(file: string, size: number, maxBytes = MAX_INPUT_BYTES): ZhengtuError {
  return badInput(
    file,
    `the file is ${inUnits(size)}, more than the limit of ${inUnits(maxBytes)}`,
    'split it into smaller files',
  );
}

function inUnits(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function byContent(bytes: Uint8Array, file: string): string | undefined {
  if (hasControlBytes(bytes))
    throw badInput(
      file,
      'it is a binary file (it holds NUL or other control bytes), not text',
      'convert it to Markdown or text first',
    );
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== undefined) return utf8;
  if (cutShort(bytes)) {
    throw badInput(
      file,
      'it ends in the middle of a character (truncated)',
      'copy or download the file again',
    );
  }
  const declared = declaredCharset(bytes);
  for (const encoding of [declared, ...detected(bytes)]) {
    const text = encoding ? strict(encoding, bytes) : undefined;
    if (text !== undefined) return text;
  }
  return undefined;
}

const CHINESE = /^(gb2312|gbk|gb18030|gb_2312-80|x-gbk|cp936|euc-cn|big5)$/i;

/** Chinese encodings chardet considers likely, most confident first, decoded as their superset. */
function detected(bytes: Uint8Array): string[] {
  const names = analyse(bytes.subarray(0, 16 * 1024)).map((match) => match.name.toLowerCase());
  return names.filter((name) => CHINESE.test(name)).map((name) => (name === 'big5' ? 'big5' : 'gb18030'));
}

/** `<meta charset=gbk>` or `encoding="gb2312"` in the first bytes, as a superset TextDecoder knows. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const name = /(?:charset|encoding)\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!name) return undefined;
  return CHINESE.test(name) && name !== 'big5' ? 'gb18030' : name;
}

function strict(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

function byBom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** Valid UTF-8 up to a multi-byte sequence that the end of the file cuts off. */
function cutShort(bytes: Uint8Array): boolean {
  for (let cut = 1; cut <= 3 && cut < bytes.length; cut++) {
    const lead = bytes[bytes.length - cut] ?? 0;
    if (lead >= 0xc0) return strict('utf-8', bytes.subarray(0, bytes.length - cut)) !== undefined;
    if (lead < 0x80) return false;
  }
  return false;
}

/** Whether the bytes' start holds control bytes, which no text contains (escape aside). */
export function hasControlBytes(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).some((byte) => byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b));
}

function notText(file: string, tried: string): ZhengtuError {
  return badInput(
    file,
    `it is not text in UTF-8, GBK or GB18030 (tried ${tried} and detection)`,
    'save it as UTF-8',
  );
}

function badInput(file: string, reason: string, hint: string): ZhengtuError {
  return new ZhengtuError('BAD_INPUT', `cannot read ${file}: ${reason}`, { hint });
}
