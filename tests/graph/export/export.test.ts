// `zhengtu export --format neo4j-admin`: the sample issue (plus one article whose relation has no
// located sentence) imported transactionally, exported as CSV, loaded by the import.sh the export
// wrote into a fresh managed server, and the two graphs compared in full, types included. The
// record of the import run (ImportRun, BROUGHT) is part of the graph and is exported with it.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ManagedSettings } from '../../../graph/config.ts';
import { type Db, openDb } from '../../../graph/driver.ts';
import { type ExportResult, exportGraph, managedAdmin } from '../../../graph/export/index.ts';
import { type ImportItem, importArticles } from '../../../graph/import/index.ts';
import { closeRun, openRun } from '../../../graph/import/runs.ts';
import { applySchema, schemaVersion } from '../../../graph/schema.ts';
import { findJava } from '../../../graph/server/java.ts';
import { startServer, stopServer } from '../../../graph/server/lifecycle.ts';
import { tempHome, testSettings } from '../../../harness/neo4j.ts';
import { extractedInputs } from '../../../pipeline/extracted.ts';
import { testDb, wipe } from '../../support/db.ts';
import { extracted } from '../import/articles.ts';

const SAMPLE = 'samples/dsj-2025-02.md';
const ROUND_TRIP_MS = 600_000;

// 国家数据局 is not in the text: its mention has no evidence, and the policy's mention keeps the
// ISSUED_BY evidence as relationSentences [''].
const UNLOCATED = extracted({
  title: '关于“数据要素×”行动的说明',
  url: 'https://example.gov.cn/export/unlocated',
  text: '《"数据要素×"示范行动方案》提出：到2026年，打造300个以上示范性强、显示度高的典型场景；\n西宁市要抓好落实，"先行先试"。',
  entities: [
    { type: 'Policy', name: '"数据要素×"示范行动方案' },
    { type: 'Agency', name: '国家数据局' },
    { type: 'Region', name: '西宁市' },
  ],
  relations: [['ISSUED_BY', '"数据要素×"示范行动方案', '国家数据局']],
});

async function* inputs(): AsyncGenerator<ImportItem> {
  yield* extractedInputs({ paths: [SAMPLE] });
  yield { article: UNLOCATED };
}

let db: Db;
let dir: string;
let exported: ExportResult;
let settings: ManagedSettings;
beforeAll(async () => {
  db = await testDb();
  await wipe(db);
  const run = await openRun(db, { command: 'zhengtu import', inputs: [SAMPLE] });
  const summary = await importArticles(db, inputs(), { run });
  expect(summary.failed).toBe(0);
  const scan = { file: 'scan.pdf', reason: 'the PDF has no text layer: run OCR on it, then import that' };
  await closeRun(db, run, { ...summary, failed: 1, failures: [scan] });
  settings = await testSettings(await tempHome());
  dir = await mkdtemp(join(tmpdir(), 'zhengtu-export-'));
  // Small pages, so every label and relationship type is read across several of them.
  const admin = managedAdmin(settings, findJava().path);
  exported = await exportGraph(db, join(dir, 'out'), { admin, pageSize: 7 });
}, ROUND_TRIP_MS);
afterAll(async () => {
  await db.close();
  if (settings) await stopServer(settings);
  if (dir) await rm(dir, { recursive: true, force: true });
  if (settings) await rm(settings.home, { recursive: true, force: true });
});

// Every node with its labels, properties and their Cypher types; every relationship likewise.
const NODES = `
MATCH (n) WHERE NOT n:ZhengtuMeta
RETURN labels(n) AS labels, properties(n) AS props,
       COLLECT { UNWIND keys(n) AS k RETURN k + ': ' + valueType(n[k]) AS t ORDER BY t } AS types
ORDER BY n.key`;
const EDGES = `
MATCH (a)-[r]->(b)
RETURN a.key AS from, type(r) AS type, b.key AS to, properties(r) AS props,
       COLLECT { UNWIND keys(r) AS k RETURN k + ': ' + valueType(r[k]) AS t ORDER BY t } AS types
ORDER BY from, type, to`;

const graphOf = async (of: Db) => ({ nodes: await of.read(NODES), edges: await of.read(EDGES) });

describe('exporting for neo4j-admin', () => {
  test('the imported graph holds what CSV cannot say plainly: empty lists and a lone empty sentence', async () => {
    const [row] = await db.read(`
      RETURN COUNT { ()-[m:MENTIONS]->(:Policy) WHERE m.relationSentences = [''] } AS unlocated,
             COUNT { (n:Agency) WHERE n.aliases = [] } AS withoutAliases,
             COUNT { ()-[m:MENTIONS]->() WHERE m.relationTypes = [] } AS statesNothing,
             COUNT { ()-[m:MENTIONS]->() WHERE m.sentences = [] } AS withoutEvidence`);
    expect(row).toEqual({
      unlocated: 1,
      withoutAliases: expect.any(Number),
      statesNothing: expect.any(Number),
      withoutEvidence: expect.any(Number),
    });
    expect(Math.min(...Object.values(row ?? {}).map(Number))).toBeGreaterThan(0);
  });

  test('writes one CSV per label and relationship type with typed headers', async () => {
    const names = (files: string[]) => files.map((file) => file.slice(exported.dir.length + 1));
    expect(names(exported.nodes)).toEqual(
      expect.arrayContaining([
        'nodes-Agency.csv',
        'nodes-Policy.csv',
        'nodes-Article.csv',
        'nodes-Issue.csv',
        'nodes-ImportRun.csv',
      ]),
    );
    expect(names(exported.relationships)).toEqual(
      expect.arrayContaining([
        'relationships-MENTIONS.csv',
        'relationships-ISSUED_BY.csv',
        'relationships-BROUGHT.csv',
      ]),
    );
    const agencies = await readFile(join(exported.dir, 'nodes-Agency.csv'), 'utf8');
    expect(agencies.split('\n')[0]).toBe('key:ID(Node),:LABEL,aliases:string[],kind:string,name:string');
    const policies = await readFile(join(exported.dir, 'nodes-Policy.csv'), 'utf8');
    expect(policies).toContain('"Policy:""数据要素×""示范行动方案",Policy,');
    const mentions = await readFile(join(exported.dir, 'relationships-MENTIONS.csv'), 'utf8');
    expect(mentions.split('\n')[0]).toMatch(/^:START_ID\(Node\),:END_ID\(Node\),:TYPE,.*starts:long\[\]/);
  });

  test('writes import.sh with the exact neo4j-admin command, every path quoted', async () => {
    const script = await readFile(exported.script, 'utf8');
    expect(script.split('\n').slice(0, 2)).toEqual([
      '#!/bin/sh',
      '# Written by `zhengtu export --format neo4j-admin`.',
    ]);
    expect(script).toContain(
      `'${join(settings.jarsDir, '*')}' org.neo4j.cli.AdminTool database import full neo4j \\`,
    );
    expect(exported.command).toContain(
      ' --overwrite-destination=true --array-delimiter=U+001F --multiline-fields=true ',
    );
    for (const file of [...exported.nodes, ...exported.relationships]) {
      expect(script).toMatch(new RegExp(`--(nodes|relationships)=${file.replaceAll('.', '\\.')}`));
    }
    expect((await stat(exported.script)).mode & 0o111).not.toBe(0);
  });

  test(
    'loaded by import.sh into a fresh server and prepared by applySchema, gives the same graph',
    async () => {
      await startServer(settings, { sameGroup: true }); // the first start sets the password
      await stopServer(settings);
      const { stdout } = await promisify(execFile)('sh', [exported.script], { maxBuffer: 1 << 24 });
      expect(stdout).toContain('IMPORT DONE');
      const loaded = await openDb((await startServer(settings, { sameGroup: true })).connection);
      try {
        const expected = await graphOf(db);
        const bare = await graphOf(loaded);
        expect(bare.nodes.length).toBe(exported.nodeCount);
        expect(bare.edges.length).toBe(exported.relationshipCount);
        // neo4j-admin alone leaves the empty lists out; the schema step that follows puts them back
        expect(bare).not.toEqual(expected);
        expect(await schemaVersion(loaded)).toBeUndefined();
        await applySchema(loaded);
        expect(await graphOf(loaded)).toEqual(expected);
      } finally {
        await loaded.close();
      }
    },
    ROUND_TRIP_MS,
  );

  test('replaces an earlier export in place, and refuses a directory holding anything else', async () => {
    const again = await exportGraph(db, exported.dir, { admin: managedAdmin(settings, 'java') });
    expect(again.nodeCount).toBe(exported.nodeCount);
    expect((await readdir(exported.dir)).sort()).toEqual(
      [...again.nodes, ...again.relationships, again.script]
        .map((file) => file.slice(again.dir.length + 1))
        .sort(),
    );
    const other = join(dir, 'notes');
    await mkdir(other);
    await writeFile(join(other, '笔记.md'), '# 不是导出目录\n');
    await expect(exportGraph(db, other, { admin: managedAdmin(settings, 'java') })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining('is not empty and holds no earlier export'),
    });
    expect(await readdir(other)).toEqual(['笔记.md']);
  });
});
