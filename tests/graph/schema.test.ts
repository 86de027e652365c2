import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../graph/driver.ts';
import { NODE_TYPES } from '../../graph/model.ts';
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

  test('has a uniqueness constraint on key for every node type', async () => {
    const rows = await db.read<{ label: string }>(
      `SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties
       WHERE type = 'UNIQUENESS' AND properties = ['key'] RETURN labelsOrTypes[0] AS label`,
    );
    expect(rows.map((row) => row.label).sort()).toEqual([...NODE_TYPES].sort());
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
