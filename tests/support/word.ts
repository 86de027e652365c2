// The sample as a Word document: a minimal .docx (a ZIP of WordprocessingML) whose headings carry
// Word's Heading styles, as an editor who typed the issue in Word would leave them. mammoth reads
// .docx but cannot write it; jszip is the ZIP library mammoth itself depends on.
import JSZip from 'jszip';
import { unescapeMarkdown } from '../../importers/sources/markdown.ts';

/** A .docx of a Markdown issue: `#` lines as Heading 1–6, hard line breaks kept, tables as tables. */
export async function markdownToDocx(markdown: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', PACKAGE_RELS);
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS);
  zip.file('word/styles.xml', STYLES);
  zip.file('word/document.xml', documentXml(markdown));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function documentXml(markdown: string): string {
  const body = markdown.split(/\n\s*\n/).flatMap((block) => {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) return [];
    const heading = /^(#{1,6})\s+(.*)$/.exec(lines[0] ?? '');
    if (heading) return [paragraph([heading[2] ?? ''], `Heading${heading[1]?.length}`)];
    if (lines.some((line) => line.includes('\t'))) return [table(lines)];
    if (lines.every((line) => /^\s*[-*+]\s/.test(line)))
      return lines.map((line) => paragraph([line.replace(/^\s*[-*+]\s+/, '')], 'ListParagraph'));
    return [paragraph(lines)];
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${body.join('')}</w:body></w:document>`;
}

/** One paragraph; its lines joined by breaks, `**bold**` as bold runs, links as their address. */
function paragraph(lines: string[], style?: string): string {
  const properties = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  return `<w:p>${properties}${lines.map(runs).join('<w:r><w:br/></w:r>')}</w:p>`;
}

function runs(line: string): string {
  return line
    .trim()
    .replace(/\[[^\]]*\]\(([^)]*)\)/g, '$1')
    .replace(/<\/?su[bp]>/g, '')
    .split('**')
    .map((part, index) => {
      const bold = index % 2 === 1;
      const text = escapeXml(unescapeMarkdown(part));
      return text
        ? `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`
        : '';
    })
    .join('');
}

function table(lines: string[]): string {
  const rows = lines.map(
    (line) =>
      `<w:tr>${line
        .split('\t')
        .map((cell) => `<w:tc>${paragraph([cell])}</w:tc>`)
        .join('')}</w:tr>`,
  );
  return `<w:tbl>${rows.join('')}</w:tbl>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${R}/styles" Target="styles.xml"/>
</Relationships>`;

/** Word's built-in names, which mammoth maps: heading 1–6 and the list paragraph. */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">${[1, 2, 3, 4, 5, 6]
  .map(
    (level) =>
      `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/></w:style>`,
  )
  .join(
    '',
  )}<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style></w:styles>`;
