// The contract every source keeps, whatever it reads: bytes in, and either articles with a title
// and plain text, the file they came from, no page furniture or markup, and ISO dates — or a
// refusal that names the file, says why and what to do. Run over the sample (also printed to PDF
// and built as .docx), the real set (tests/fixtures/realdev) and the fixtures of each kind.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isZhengtuError } from '../../../core/errors.ts';
import { readBytes, readDocument } from '../../../importers/read.ts';
import type { SourceKind } from '../../../importers/sources/index.ts';
import { writeSampleDocuments } from '../../support/print.ts';

const DIR = 'tests/fixtures/sources';
const REAL = 'tests/fixtures/realdev';
/** The sample printed to PDF and built as .docx here, not committed (the PDF is 1.4 MB). */
const PRINTED = mkdtempSync(join(tmpdir(), 'zhengtu-contract-'));
beforeAll(() => writeSampleDocuments(PRINTED), 60_000);
const INPUTS: [SourceKind, string][] = [
  ['newsletter', 'samples/dsj-2025-02.md'],
  ['html', `${REAL}/b01.html`],
  ['digest', `${REAL}/b02.md`],
  ['article', `${REAL}/b03.md`],
  ['article', `${REAL}/b04.md`],
  ['article', `${REAL}/b05.md`],
  ['article', `${REAL}/b06.md`],
  ['digest', `${REAL}/c01.md`],
  ['digest', `${REAL}/c02.md`],
  ['article', `${REAL}/c03.md`],
  ['article', `${REAL}/c04.md`],
  ['newsletter', `${DIR}/newsletter-szzf-2024-07.md`],
  ['article', `${DIR}/article.md`],
  ['article', `${DIR}/article.txt`],
  ['article', `${DIR}/bom.md`],
  ['article', `${DIR}/gbk.txt`],
  ['article', `${DIR}/gb18030.txt`],
  ['html', `${DIR}/gov-utf8.html`],
  ['html', `${DIR}/gov-gbk.html`],
  ['json', `${DIR}/records.ndjson`],
  ['json', `${DIR}/records.json`],
  ['newsletter', `${PRINTED}/dsj-2025-02.pdf`],
  ['newsletter', `${PRINTED}/dsj-2025-02.docx`],
];

describe.each(INPUTS)('the %s source reading %s', (kind, file) => {
  let read: Awaited<ReturnType<typeof readDocument>>;
  beforeAll(async () => {
    read = await readDocument(readFileSync(file), file);
  });

  it('is the source chosen for the file', () => {
    expect(read.kind).toBe(kind);
  });

  it('returns articles with a title, text and the file they came from', () => {
    expect(read.articles.length).toBeGreaterThan(0);
    for (const article of read.articles) {
      expect(article.title.trim()).not.toBe('');
      expect(article.text.trim()).not.toBe('');
      expect(article.file).toBe(file);
    }
  });

  it('writes plain text: Chinese characters decoded, one paragraph a line, no markup', () => {
    for (const { title, text } of read.articles) {
      expect(title + text).toMatch(/\p{Script=Han}{4}/u);
      expect(title + text).not.toMatch(/\uFFFD|\*\*|<\/?[a-z]+[ >]|\]\(|\\_/);
      expect(text).not.toMatch(/\n\n|^[ \t\u3000]|[ \t\u3000]$/m);
    }
  });

  it('leaves out page furniture: QR prompts, 原文链接, print buttons, navigation', () => {
    for (const { title, text } of read.articles) {
      expect(title + text).not.toMatch(/扫描二维码|扫一扫|原文链接|【打印】|首页 \||版权所有|ICP备/);
    }
  });

  it('gives dates as ISO and addresses as absolute URLs', () => {
    for (const { date, url } of read.articles) {
      if (date !== undefined) expect(date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      if (url !== undefined) expect(url).toMatch(/^https?:\/\/\S+$/);
    }
  });
});

const REFUSED: [string, string][] = [
  [
    'just-a-moment.html',
    '<html><head><title>Just a moment...</title></head><body><p>Enable JavaScript and cookies to continue</p></body></html>',
  ],
  ['nav.html', '<html><body><nav>首页 | 政务公开</nav><footer>版权所有</footer></body></html>'],
  ['english.md', '# Open data\n\nThe city opened its data portal.'],
  ['empty.md', ''],
];

describe.each(REFUSED)('a source refusing %s', (file, text) => {
  it('throws BAD_INPUT naming the file, the reason and what to do', () => {
    let refusal: unknown;
    try {
      readBytes(Buffer.from(text), file);
    } catch (error) {
      refusal = error;
    }
    expect(isZhengtuError(refusal, 'BAD_INPUT')).toBe(true);
    expect((refusal as Error).message).toMatch(new RegExp(`^cannot read ${file.replace('.', '\\.')}: \\S`));
    expect((refusal as { hint?: string }).hint).toMatch(/\S/);
  });
});
