// Files that are not text: what cannot be read is refused naming the file, the reason and what to
// convert it to, and the other files of the run go on.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isZhengtuError, type ZhengtuError } from '../../../core/errors.ts';
import { launchChromium } from '../../../harness/chromium.ts';
import { type ReadResult, readDocument, readInputs } from '../../../importers/read.ts';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))),
  );
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0];

async function refusal(content: Uint8Array, file: string): Promise<ZhengtuError> {
  const error = await readDocument(content, file).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!isZhengtuError(error, 'BAD_INPUT')) throw new Error(`${file} was not refused: ${error}`);
  return error;
}

describe('refusing what cannot be read', () => {
  it.each([
    ['关于印发实施方案的通知.doc', bytes(OLE), /old Word document \(\.doc\)/, /save it as \.docx or PDF/],
    ['工作要点.wps', bytes(OLE), /WPS Writer document \(\.wps\)/, /save it as \.docx or PDF/],
    ['附件.xls', bytes(OLE), /old Office or WPS file/, /save it as \.docx or PDF/],
    ['截图.png', bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR'), /image \(PNG\)/, /OCR/],
    ['照片.jpg', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), /image \(JPG\)/, /OCR/],
    ['动图.gif', bytes('GIF89a'), /image \(GIF\)/, /OCR/],
    ['海报.webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), /image \(WEBP\)/, /OCR/],
    ['扫描件.tiff', bytes('II*', [0, 8, 0, 0, 0, 0, 0, 0, 0]), /image \(TIF\)/, /OCR/],
    ['图表.bmp', bytes('BM', [0x36, 0, 0, 0]), /image \(BMP\)/, /OCR/],
    ['资料.zip', bytes('PK\x03\x04', 'readme.txt'), /ZIP archive/, /unpack it/],
    [
      '截断.png',
      bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13]),
      /\.png file whose contents are not a whole \.png/,
      /again.*OCR/,
    ],
    ['假的.pdf', bytes('这不是PDF'), /not a readable PDF/, /download the file again/],
  ])('refuses %s by name, with the reason and what to do', async (file, content, reason, todo) => {
    const error = await refusal(content, file);
    expect(error.message).toContain(`cannot read ${file}`);
    expect(error.message).toMatch(reason);
    expect(error.hint).toMatch(todo);
  });

  it('reads a text file whose first letters are a short binary signature (BM, MZ) as text', async () => {
    const text = '# BMW集团与国家数据局座谈\n\n国家数据局与BMW集团就汽车数据跨境流动开展座谈。\n';
    const { articles } = await readDocument(Buffer.from(text), '座谈.md');
    expect(articles.map((article) => article.title)).toEqual(['BMW集团与国家数据局座谈']);
  });

  it('refuses a PDF without a text layer (a scan), saying to run OCR first', async () => {
    const browser = await launchChromium();
    let scan: Uint8Array;
    try {
      const page = await browser.newPage();
      // Text drawn on a canvas prints as an image, as a scanner gives it.
      await page.setContent('<canvas width="600" height="200"></canvas>');
      await page.evaluate(() => {
        const context = document.querySelector('canvas')?.getContext('2d');
        if (context) context.font = '40px "Noto Sans CJK SC"';
        context?.fillText('关于促进数据产业发展的通知', 10, 100);
      });
      scan = await page.pdf({ format: 'A4' });
    } finally {
      await browser.close();
    }
    const error = await refusal(scan, '扫描件.pdf');
    expect(error.message).toMatch(/cannot read 扫描件\.pdf: its 1 page\(s\) have no text layer/);
    expect(error.hint).toMatch(/OCR/);
  });
});

describe('a run with files that cannot be read', () => {
  let dir: string;
  const results: ReadResult[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zhengtu-documents-'));
    writeFileSync(join(dir, '1-通知.doc'), bytes(OLE));
    writeFileSync(
      join(dir, '2-文章.md'),
      '# 国家数据局发布数据产业图谱\n\n国家数据局发布《数据产业图谱》。\n',
    );
    writeFileSync(join(dir, '3-要点.wps'), bytes(OLE));
    writeFileSync(join(dir, '封面.png'), bytes([0x89], 'PNG\r\n\x1a\n'));
    for await (const result of readInputs([dir, join(dir, '封面.png')])) results.push(result);
  });

  it('reports each refused file by name and reads the others', () => {
    const outcome = (r: ReadResult) =>
      'error' in r ? [r.file, r.error.code, r.error.message.includes(r.file)] : [r.file, r.articles.length];
    expect(results.map(outcome)).toEqual([
      [join(dir, '1-通知.doc'), 'BAD_INPUT', true],
      [join(dir, '2-文章.md'), 1],
      [join(dir, '3-要点.wps'), 'BAD_INPUT', true],
      [join(dir, '封面.png'), 'BAD_INPUT', true],
    ]);
  });
});
