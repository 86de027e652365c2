// The sample issue as PDF and as .docx imports to the same graph as its Markdown: the same node
// keys and the same relations, in the real Neo4j.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../graph/driver.ts';
import { importInputs } from '../../../pipeline/index.ts';
import { testDb, wipe } from '../../support/db.ts';
import { SAMPLE, writeSampleDocuments } from '../../support/print.ts';

const KEYS = `
MATCH (n) WHERE NOT n:ZhengtuMeta AND NOT n:ImportRun
OPTIONAL MATCH (n)-[r]->(m)
RETURN n.key AS key, collect(type(r) + '>' + m.key) AS out ORDER BY key`;

let db: Db;
let documents: { pdf: string; docx: string };
beforeAll(async () => {
  db = await testDb();
  documents = await writeSampleDocuments(mkdtempSync(join(tmpdir(), 'zhengtu-graph-')));
}, 60_000);
afterAll(() => db.close());

/** The graph one file gives on its own: every node key with its outgoing relations. */
async function graphOf(file: string) {
  await wipe(db);
  const summary = await importInputs(db, { paths: [file] });
  const rows = await db.read<{ key: string; out: string[] }>(KEYS);
  return { summary, graph: rows.flatMap((row) => [row.key, ...row.out.map((edge) => `${row.key} ${edge}`)]) };
}

/** Keys one graph has and the other lacks. */
function difference(graph: string[], other: string[]) {
  const [mine, theirs] = [new Set(graph), new Set(other)];
  return { extra: graph.filter((key) => !theirs.has(key)), missing: other.filter((key) => !mine.has(key)) };
}

describe('importing the sample as PDF and as Word', () => {
  let markdown: Awaited<ReturnType<typeof graphOf>>;
  beforeAll(async () => {
    markdown = await graphOf(SAMPLE);
  });

  it('gives the Markdown’s nodes and relations from the .docx', async () => {
    const docx = await graphOf(documents.docx);
    expect(docx.summary).toMatchObject({ new: 18, failed: 0 });
    expect(difference(docx.graph, markdown.graph)).toEqual({ extra: [], missing: [] });
  });

  it('gives the Markdown’s nodes and relations from the PDF', async () => {
    const pdf = await graphOf(documents.pdf);
    expect(pdf.summary).toMatchObject({ new: 18, failed: 0 });
    expect(difference(pdf.graph, markdown.graph)).toEqual({ extra: [], missing: [] });
  });
});
