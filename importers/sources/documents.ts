// Files that are not text. PDF and Word (.docx) documents become Markdown for the text readers;
// other document and image formats are refused by name, saying what to convert them to.

import { ZhengtuError } from '../../core/errors.ts';
import { docxToMarkdown } from './docx.ts';
import { pdfToMarkdown } from './pdf.ts';

/** Extensions of the documents a directory walk reads besides text (refused ones too, to say why). */
export const DOCUMENT_EXTENSIONS = ['pdf', 'docx', 'doc', 'wps'];

/** Markdown for a PDF or .docx, undefined for text; BAD_INPUT for a format that cannot be read. */
export async function documentMarkdown(bytes: Uint8Array, file: string): Promise<string | undefined> {
  const format = FORMATS.find((candidate) => candidate.test(bytes, extensionOf(file)));
  if (!format) return undefined;
  if (format.read) return format.read(bytes, file);
  throw new ZhengtuError(
    'BAD_INPUT',
    `cannot read ${file}: it is ${format.what}, and Zhengtu reads text, web pages, JSON, PDF and .docx`,
    {
      hint: format.todo,
    },
  );
}

interface Format {
  test: (bytes: Uint8Array, extension: string) => boolean;
  /** What the file is, as the refusal names it */
  what: string;
  read?: (bytes: Uint8Array, file: string) => Promise<string>;
  /** What to convert it to */
  todo?: string;
}

const OCR =
  'run OCR on it (for example tesseract in.png out -l chi_sim) and import the text, or import the PDF or web page it came from';
const RESAVE = 'open it in Word or WPS and save it as .docx or PDF (另存为), then import that';

const FORMATS: Format[] = [
  { test: (b, e) => starts(b, '%PDF') || e === 'pdf', what: 'a PDF', read: pdfToMarkdown },
  {
    test: (b, e) => (starts(b, 'PK\x03\x04') && holds(b, 'word/document.xml')) || e === 'docx',
    what: 'a Word document',
    read: docxToMarkdown,
  },
  { test: (_, e) => e === 'doc' || e === 'dot', what: 'an old Word document (.doc)', todo: RESAVE },
  { test: (_, e) => e === 'wps' || e === 'wpt', what: 'a WPS Writer document (.wps)', todo: RESAVE },
  { test: (b) => starts(b, '\xD0\xCF\x11\xE0'), what: 'an old Office or WPS file', todo: RESAVE },
  {
    test: (b) => starts(b, 'PK\x03\x04') && holds(b, 'xl/'),
    what: 'a spreadsheet',
    todo: 'save the sheet as CSV and give its text as Markdown or JSON records',
  },
  {
    test: (b) => starts(b, 'PK\x03\x04'),
    what: 'a ZIP archive or an Office file other than .docx',
    todo: 'unpack it, or save it as .docx or PDF, and import the files',
  },
  ...image('PNG', (b) => starts(b, '\x89PNG'), ['png']),
  ...image('JPEG', (b) => starts(b, '\xFF\xD8\xFF'), ['jpg', 'jpeg']),
  ...image('GIF', (b) => starts(b, 'GIF8'), ['gif']),
  ...image('WebP', (b) => starts(b, 'RIFF') && starts(b.subarray(8), 'WEBP'), ['webp']),
  ...image('TIFF', (b) => starts(b, 'II*\x00') || starts(b, 'MM\x00*'), ['tif', 'tiff']),
  ...image('BMP', () => false, ['bmp']),
];

function image(kind: string, signature: (bytes: Uint8Array) => boolean, extensions: string[]): Format[] {
  const test = (bytes: Uint8Array, extension: string) => signature(bytes) || extensions.includes(extension);
  return [{ test, what: `an image (${kind})`, todo: OCR }];
}

function starts(bytes: Uint8Array, signature: string): boolean {
  return [...signature].every((char, i) => bytes[i] === char.charCodeAt(0));
}

/** Whether a ZIP names an entry: entry names are stored as plain bytes in its directory. */
function holds(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name, 0, 'latin1');
}

function extensionOf(file: string): string {
  return /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
}
