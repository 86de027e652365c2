import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NODE_TYPES, RUN_LABEL } from '../../core/model.ts';
import type { Db } from '../../graph/driver.ts';
import { applySchema, FULLTEXT_INDEX, SCHEMA_VERSION, schemaVersion } from '../../graph/schema.ts';
import { testDb, wipe } from '../support/db.ts';

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await wipe(db);
});
afterAll(() => db.close());

const SEARCH = `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
RETURN node.key AS key ORDER BY score DESC`;

describe('the schema', () => {
  test('applies twice without error and records its version', async () => {
    await applySchema(db);
    await applySchema(db);
    expect(await schemaVersion(db)).toBe(SCHEMA_VERSION);
  });

  test('has a uniqueness constraint on key for every node type and for the import runs', async () => {
    const rows = await db.read<{ label: string }>(
      `SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties
       WHERE type = 'UNIQUENESS' AND properties = ['key'] RETURN labelsOrTypes[0] AS label`,
    );
    expect(rows.map((row) => row.label).sort()).toEqual([...NODE_TYPES, RUN_LABEL].sort());
  });

  test('refuses a second Agency with the same key', async () => {
    await db.write(`CREATE (:Agency {key: 'Agency:国家数据局', name: '国家数据局'})`);
    await expect(db.write(`CREATE (:Agency {key: 'Agency:国家数据局', name: '国家数据局'})`)).rejects.toThrow(
      /already exists/,
    );
  });

  test('finds Chinese names, aliases and titles through the cjk full-text index', async () => {
    await db.write(
      `CREATE (:Agency {key: 'Agency:中华人民共和国工业和信息化部', name: '中华人民共和国工业和信息化部', aliases: ['工信部', '工业和信息化部']}),
              (:Policy {key: 'Policy:数字中国建设整体布局规划', name: '数字中国建设整体布局规划'}),
              (:Article {key: 'Article:贵州算力规模突破', title: '贵州省算力规模突破150EFlops'})`,
    );
    await applySchema(db); // waits until the new nodes are indexed
    const search = async (query: string) =>
      (await db.read<{ key: string }>(SEARCH, { index: FULLTEXT_INDEX, query })).map((row) => row.key);
    expect(await search('信息化')).toContain('Agency:中华人民共和国工业和信息化部');
    expect(await search('工信部')).toEqual(['Agency:中华人民共和国工业和信息化部']);
    expect(await search('数字中国')).toEqual(['Policy:数字中国建设整体布局规划']);
    expect(await search('算力')).toEqual(['Article:贵州算力规模突破']);
    expect(await search('乡村振兴')).toEqual([]);
  });
});

describe('the schema on a graph written by an older Zhengtu', () => {
  test('refuses relations that keep their evidence as lists, and says how to start again', async () => {
    await wipe(db);
    await db.write(
      `CREATE (:Policy {key: 'Policy:旧方案', name: '旧方案'})-[:ISSUED_BY {articles: ['Article:旧'], sentences: ['旧句'], starts: [0], ends: [2]}]->(:Agency {key: 'Agency:旧局', name: '旧局'})`,
    );
    await db.write(`MERGE (m:ZhengtuMeta {key: 'schema'}) SET m.version = 1`);
    await expect(applySchema(db)).rejects.toThrow(/older Zhengtu \(schema 1/);
    expect(await schemaVersion(db)).toBe(1);
  });

  test('upgrades an older version silently when it holds no relation yet', async () => {
    await wipe(db);
    await db.write(`MERGE (m:ZhengtuMeta {key: 'schema'}) SET m.version = 1`);
    await applySchema(db);
    expect(await schemaVersion(db)).toBe(SCHEMA_VERSION);
  });
});

describe('the schema on a graph loaded offline (no version recorded yet)', () => {
  const LOADED = `CREATE (a:Article {key: 'Article:说明', title: '说明'})-[:MENTIONS]->(g:Agency {key: 'Agency:国家数据局', name: '国家数据局'}),
    (a)-[:MENTIONS {relationTypes: ['ISSUED_BY'], relationTargets: ['Agency:国家数据局'], relationStarts: [-1], relationEnds: [-1]}]->(:Policy {key: 'Policy:示范行动方案', name: '示范行动方案'})-[:ISSUED_BY {support: 1}]->(g),
    (:Region {key: 'Region:西宁市', name: '西宁市', aliases: ['西宁']})-[:PART_OF {dataset: true}]->(:Region {key: 'Region:青海省', name: '青海省'})`;
  const LISTS = `MATCH (g:Agency)<-[m:MENTIONS]-(), (g)<-[i:ISSUED_BY]-(p)<-[s:MENTIONS]-(), (x:Region {name: '西宁市'})-[:PART_OF]->(q)
    RETURN g.aliases AS agency, [m.aliases, m.sentences, m.starts, m.ends] AS mention,
           [m.relationTypes, m.relationTargets, m.relationSentences, m.relationStarts, m.relationEnds] AS mentionStates,
           [s.relationTypes, s.relationTargets, s.relationSentences, s.relationStarts, s.relationEnds] AS issued,
           x.aliases AS city, q.aliases AS province`;

  test('gives back the empty lists and the lone empty sentence that neo4j-admin leaves out', async () => {
    await wipe(db);
    await db.write(`MATCH (m:ZhengtuMeta) DELETE m`);
    await db.write(LOADED);
    await applySchema(db);
    expect(await db.read(LISTS)).toEqual([
      {
        agency: [],
        mention: [[], [], [], []],
        mentionStates: [[], [], [], [], []],
        issued: [['ISSUED_BY'], ['Agency:国家数据局'], [''], [-1], [-1]],
        city: ['西宁'],
        province: [],
      },
    ]);
  });

  test('leaves a graph alone once the version is recorded', async () => {
    await wipe(db);
    await db.write(LOADED);
    await applySchema(db);
    const [row] = await db.read(LISTS);
    expect(row).toMatchObject({ agency: null, mention: [null, null, null, null] });
  });
});
