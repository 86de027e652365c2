// PDF files (newsletter issues, documents published as attachments) through their text layer,
// read by pdf.js (bundled in unpdf). The layout becomes Markdown for the text readers.

import { getDocumentProxy } from 'unpdf';
import { ZhengtuError } from '../../core/errors.ts';
import { layoutMarkdown, type Run } from './pdf-layout.ts';

/** The text of a PDF as Markdown; BAD_INPUT when it cannot be opened or has no text layer. */
export async function pdfToMarkdown(bytes: Uint8Array, file: string): Promise<string> {
  const pdf = await open(bytes, file);
  try {
    const pages: Run[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.flatMap((item: object) => ('str' in item ? [toRun(item as TextItem)] : [])));
    }
    const markdown = layoutMarkdown(pages);
    if (!/[\p{L}\p{N}]/u.test(markdown)) throw noTextLayer(file, pdf.numPages);
    return markdown;
  } finally {
    await pdf.destroy();
  }
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
}

function toRun(item: TextItem): Run {
  const [a = 0, b = 0, , , x = 0, y = 0] = item.transform;
  return { text: item.str, x, y, width: item.width, size: Math.hypot(a, b) };
}

async function open(bytes: Uint8Array, file: string) {
  try {
    // pdf.js takes the buffer over, so it gets a copy and the caller keeps its bytes.
    return await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 });
  } catch (error) {
    const password = (error as Error).name === 'PasswordException';
    const reason = password
      ? 'it is protected by a password'
      : `it is not a readable PDF (${(error as Error).message})`;
    const hint = password
      ? 'save a copy without the password (print to PDF) and import that'
      : 'download the file again, or open and re-save it as PDF';
    throw new ZhengtuError('BAD_INPUT', `cannot read ${file}: ${reason}`, { hint, cause: error });
  }
}

function noTextLayer(file: string, pages: number): ZhengtuError {
  return new ZhengtuError(
    'BAD_INPUT',
    `cannot read ${file}: its ${pages} page(s) have no text layer (a scan or images of pages)`,
    { hint: 'run OCR on it first (for example ocrmypdf -l chi_sim in.pdf out.pdf) and import the result' },
  );
}
