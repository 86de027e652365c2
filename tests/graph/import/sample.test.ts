// The sample issue of 《大数据发展动态》 read, extracted and imported for real: the issue's "done
// when" conditions of `zhengtu import`.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../../graph/driver.ts';
import { importInputs } from '../../../pipeline/index.ts';
import { testDb, wipe } from '../../support/db.ts';
import { snapshot } from './snapshot.ts';

const SAMPLE = 'samples/dsj-2025-02.md';
const load = () => importInputs(db, { paths: [SAMPLE] });

let db: Db;
let first: Awaited<ReturnType<typeof load>>;
beforeAll(async () => {
  db = await testDb();
  await wipe(db);
  first = await load();
});
afterAll(() => db.close());

describe('importing the sample issue', () => {
  test('all 18 articles go in, and importing again changes nothing and says unchanged', async () => {
    expect(first).toMatchObject({ new: 18, failed: 0 });
    const before = await snapshot(db);
    const again = await load();
    expect(again).toMatchObject({ new: 0, updated: 0, unchanged: 18, failed: 0, nodesCreated: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  test('the 国家发展改革委等部门 policy has its four issuing agencies as ISSUED_BY edges with evidence', async () => {
    const issuers = await db.read<{ agency: string; support: number; sentences: string[] }>(
      `MATCH (p:Policy {name: '关于促进数据标注产业高质量发展的实施意见'})-[r:ISSUED_BY]->(a:Agency)
       RETURN a.name AS agency, r.support AS support,
              COLLECT { MATCH (:Article)-[m:MENTIONS]->(p)
                        UNWIND range(0, size(m.relationTypes) - 1) AS i
                        WITH m, i WHERE m.relationTypes[i] = 'ISSUED_BY' AND m.relationTargets[i] = a.key
                        RETURN m.relationSentences[i] } AS sentences
       ORDER BY agency`,
    );
    expect(issuers.map((row) => row.agency).toSorted()).toEqual(
      ['人力资源和社会保障部', '国家发展和改革委员会', '国家数据局', '财政部'].toSorted(),
    );
    for (const row of issuers) {
      expect(row.support).toBeGreaterThanOrEqual(1);
      // the support counts exactly the evidence entries the articles' mentions of the policy hold
      expect(row.sentences.length).toBe(row.support);
      expect(row.sentences.every((sentence) => sentence.length > 0)).toBe(true);
    }
  });

  test('every article is published in issue 总第215期', async () => {
    const [row] = await db.read<{ n: number }>(
      `MATCH (:Article)-[:PUBLISHED_IN]->(:Issue {name: '大数据发展动态·总第215期'}) RETURN count(*) AS n`,
    );
    expect(row?.n).toBe(18);
  });
});
