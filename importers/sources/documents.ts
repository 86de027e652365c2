// Files that are not text. PDF and Word (.docx) documents become Markdown for the text readers;
// other binary formats, known by their signature (file-type), are refused by name, saying what
// to convert them to. .doc and .wps are refused by their name too: Word and WPS also save web
// pages and RTF under those names, and neither reads as the document it stands for. Some
// signatures are two letters (BM, MZ), so a file named as text without control bytes is text.

import { fileTypeFromBuffer, supportedExtensions } from 'file-type';
import { ZhengtuError } from '../../core/errors.ts';
import { hasControlBytes } from '../decode.ts';
import { docxToMarkdown } from './docx.ts';
import { TEXT_EXTENSIONS } from './index.ts';
import { pdfToMarkdown } from './pdf.ts';

/** Extensions of the documents a directory walk reads besides text (refused ones too, to say why). */
export const DOCUMENT_EXTENSIONS = ['pdf', 'docx', 'doc', 'wps'];

/** Markdown for a PDF or .docx, undefined for text; BAD_INPUT for a format that cannot be read. */
export async function documentMarkdown(bytes: Uint8Array, file: string): Promise<string | undefined> {
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  const text = TEXT_EXTENSIONS.includes(extension) && !hasControlBytes(bytes);
  const format = text ? undefined : await binaryFormat(bytes);
  if (format?.ext === 'pdf' || (!format && extension === 'pdf')) return pdfToMarkdown(bytes, file);
  // A .docx is a ZIP archive: one that file-type cannot place may still be one, or a broken one.
  if (format?.ext === 'docx' || (extension === 'docx' && (!format || format.ext === 'zip')))
    return docxToMarkdown(bytes, file);
  const refusal = OLD_WORD[extension] ?? (format ? refusalOf(format) : damaged(bytes, extension));
  if (!refusal) return undefined;
  throw new ZhengtuError(
    'BAD_INPUT',
    `cannot read ${file}: it is ${refusal.what}, and Zhengtu reads text, web pages, JSON, PDF and .docx`,
    { hint: refusal.todo },
  );
}

interface Format {
  ext: string;
  mime: string;
}

/** The format the bytes' signature names, unless it is a text format the text readers take (XML). */
async function binaryFormat(bytes: Uint8Array): Promise<Format | undefined> {
  const format = await fileTypeFromBuffer(bytes);
  return format && !/^text\/|[/+]xml$/.test(format.mime) ? format : undefined;
}

interface Refusal {
  /** What the file is, as the refusal names it */
  what: string;
  /** What to convert it to */
  todo: string;
}

const RESAVE = 'open it in Word or WPS and save it as .docx or PDF (另存为), then import that';
const OCR = 'for example tesseract in.png out -l chi_sim';

const OLD_WORD: Record<string, Refusal> = {
  doc: { what: 'an old Word document (.doc)', todo: RESAVE },
  dot: { what: 'an old Word template (.dot)', todo: RESAVE },
  wps: { what: 'a WPS Writer document (.wps)', todo: RESAVE },
  wpt: { what: 'a WPS Writer template (.wpt)', todo: RESAVE },
};

/** Binary bytes under the name of a binary format whose signature they lack: cut short or damaged. */
function damaged(bytes: Uint8Array, extension: string): Refusal | undefined {
  if (!(supportedExtensions as ReadonlySet<string>).has(extension) || !hasControlBytes(bytes))
    return undefined;
  return {
    what: `a .${extension} file whose contents are not a whole .${extension} (cut short or damaged)`,
    todo: `download or export it again; a picture or a scan needs OCR first (${OCR})`,
  };
}

function refusalOf({ ext, mime }: Format): Refusal {
  if (ext === 'cfb') return { what: 'an old Office or WPS file', todo: RESAVE };
  if (mime.startsWith('image/'))
    return {
      what: `an image (${ext.toUpperCase()})`,
      todo: `run OCR on it (${OCR}) and import the text, or import the PDF or web page it came from`,
    };
  if (/sheet|excel/.test(mime))
    return {
      what: `a spreadsheet (.${ext})`,
      todo: 'save the sheet as CSV and give its text as Markdown or JSON records',
    };
  if (/officedocument|opendocument|vnd\.ms-(word|powerpoint)/.test(mime))
    return { what: `an Office document other than .docx (.${ext})`, todo: RESAVE };
  if (ext === 'zip') return { what: 'a ZIP archive', todo: 'unpack it and import the files' };
  return {
    what: `a binary file (.${ext}, ${mime})`,
    todo: 'save or convert it as text, Markdown, .docx or PDF, and import that',
  };
}
