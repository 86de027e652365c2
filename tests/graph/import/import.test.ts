import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import type { ExtractedArticle } from '../../../core/model.ts';
import type { Db } from '../../../graph/driver.ts';
import { importArticles } from '../../../graph/import/index.ts';
import { testDb, wipe } from '../../support/db.ts';
import { extracted } from './articles.ts';
import { count, snapshot } from './snapshot.ts';

const db: Db = await testDb();
afterAll(() => db.close());
beforeEach(() => wipe(db));

const load = (articles: ExtractedArticle[], batchSize = 50) =>
  importArticles(
    db,
    articles.map((article) => ({ article })),
    { batchSize },
  );

const 标注意见 = extracted({
  title: '国家发展改革委等部门关于促进数据标注产业高质量发展的实施意见',
  url: 'https://www.ndrc.gov.cn/xxgk/1',
  text: '国家发展改革委、国家数据局印发《关于促进数据标注产业高质量发展的实施意见》。意见提出，贵阳市要建设数据标注基地。',
  entities: [
    {
      type: 'Policy',
      name: '关于促进数据标注产业高质量发展的实施意见',
      props: { docType: '意见', status: 'final' },
    },
    { type: 'Agency', name: '国家发展和改革委员会', aliases: ['国家发展改革委'] },
    { type: 'Agency', name: '国家数据局' },
    { type: 'Region', name: '贵阳市', props: { code: '520100', level: 'prefecture' } },
  ],
  relations: [
    ['ISSUED_BY', '关于促进数据标注产业高质量发展的实施意见', '国家发展和改革委员会'],
    ['ISSUED_BY', '关于促进数据标注产业高质量发展的实施意见', '国家数据局'],
    ['APPLIES_TO', '关于促进数据标注产业高质量发展的实施意见', '贵阳市'],
  ],
});

const 数据工作会议 = extracted({
  title: '全国数据工作会议在京召开',
  url: 'https://www.nda.gov.cn/sjj/2',
  text: '国家发改委与国家数据局联合部署。会议指出，要落实《关于促进数据标注产业高质量发展的实施意见》。',
  entities: [
    { type: 'Policy', name: '关于促进数据标注产业高质量发展的实施意见' },
    { type: 'Agency', name: '国家发展和改革委员会', aliases: ['国家发改委'] },
    { type: 'Agency', name: '国家数据局' },
  ],
  relations: [['ISSUED_BY', '关于促进数据标注产业高质量发展的实施意见', '国家数据局']],
});

describe('zhengtu import writes one graph across articles', () => {
  test('a figure imported again under a new name takes it: its name is not in its key', async () => {
    const figure = (name: string): ExtractedArticle => {
      const article = extracted({
        title: '贵州省算力规模',
        url: 'https://www.guizhou.gov.cn/3',
        text: '2025年，贵州省算力规模达到150EFlops。',
        entities: [
          { type: 'Metric', name, props: { value: 150, unit: 'EFlops', year: 2025, kind: 'target' } },
        ],
      });
      const key = 'Metric:贵州省·算力规模@2025=150EFlops' as const;
      return { ...article, entities: article.entities.map((e) => ({ ...e, key })) };
    };
    await load([figure('贵州省算力规模')]);
    expect(await load([figure('算力规模')])).toMatchObject({ updated: 1 });
    expect(await db.read('MATCH (m:Metric) RETURN m.name AS name')).toEqual([{ name: '算力规模' }]);
  });

  test('importing the same input twice changes nothing, and the second summary says unchanged', async () => {
    const first = await load([标注意见, 数据工作会议]);
    const before = await snapshot(db);
    const second = await load([标注意见, 数据工作会议]);
    expect(first).toMatchObject({ new: 2, updated: 0, unchanged: 0, failed: 0 });
    expect(second).toMatchObject({ new: 0, updated: 0, unchanged: 2, nodesCreated: 0, relationsCreated: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  test('an entity named differently in two articles is one node with the union of their aliases', async () => {
    await load([标注意见, 数据工作会议]);
    const [agency] = await db.read<{ aliases: string[] }>(
      'MATCH (a:Agency {key: $key}) RETURN a.aliases AS aliases',
      { key: 'Agency:国家发展和改革委员会' },
    );
    expect(agency?.aliases).toEqual(['国家发展改革委', '国家发改委']);
    expect(await count(db, 'MATCH (a:Agency) RETURN count(a) AS n')).toBe(2);
  });

  test('a relation stated by two articles is stored once, its support counting the evidence of both', async () => {
    await load([标注意见, 数据工作会议]);
    const rows = await db.read<{ support: number; valueType: string }>(
      `MATCH (:Policy)-[r:ISSUED_BY]->(:Agency {key: 'Agency:国家数据局'})
       RETURN r.support AS support, valueType(r.support) AS valueType, keys(r) AS keys`,
    );
    expect(rows).toEqual([{ support: 2, valueType: 'INTEGER NOT NULL', keys: ['support'] }]);
  });

  test('each article keeps its relations’ evidence on its mention of the from-entity', async () => {
    await load([标注意见, 数据工作会议]);
    const rows = await db.read<{
      article: string;
      types: string[];
      targets: string[];
      sentences: string[];
      starts: number[];
    }>(
      `MATCH (a:Article)-[m:MENTIONS]->(:Policy {key: 'Policy:关于促进数据标注产业高质量发展的实施意见'})
       RETURN a.key AS article, m.relationTypes AS types, m.relationTargets AS targets,
              m.relationSentences AS sentences, m.relationStarts AS starts ORDER BY article`,
    );
    const byArticle = new Map(rows.map((row) => [row.article, row]));
    expect(byArticle.get(标注意见.key)?.types).toEqual(['ISSUED_BY', 'ISSUED_BY', 'APPLIES_TO']);
    expect(byArticle.get(标注意见.key)?.targets).toEqual([
      'Agency:国家发展和改革委员会',
      'Agency:国家数据局',
      'Region:贵阳市',
    ]);
    expect(byArticle.get(数据工作会议.key)).toMatchObject({
      types: ['ISSUED_BY'],
      targets: ['Agency:国家数据局'],
      sentences: ['国家发改委与国家数据局联合部署。'],
      starts: [数据工作会议.text.indexOf('国家数据局')],
    });
  });

  test('every mention is a MENTIONS edge with its sentences and offsets as integers', async () => {
    await load([标注意见]);
    const [mention] = await db.read<{
      sentences: string[];
      starts: number[];
      ends: number[];
      intType: string;
    }>(
      `MATCH (:Article {key: $article})-[m:MENTIONS]->(:Agency {key: 'Agency:国家发展和改革委员会'})
       RETURN m.sentences AS sentences, m.starts AS starts, m.ends AS ends, valueType(m.starts) AS intType`,
      { article: 标注意见.key },
    );
    expect(mention?.starts).toEqual([0]);
    expect(mention?.ends).toEqual([7]);
    expect(mention?.intType).toBe('LIST<INTEGER NOT NULL> NOT NULL');
    expect(mention?.sentences[0]).toMatch(/^国家发展改革委、国家数据局印发/);
  });

  test('the article is stored with its hash and published in its issue', async () => {
    await load([标注意见, 数据工作会议]);
    const rows = await db.read<{ title: string; hash: string; issue: string; serial: number }>(
      `MATCH (a:Article)-[:PUBLISHED_IN]->(i:Issue)
       RETURN a.title AS title, a.hash AS hash, i.name AS issue, i.serial AS serial ORDER BY title`,
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ issue: '大数据发展动态·总第215期', serial: 215 });
    expect(rows[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  test('a mentioned region brings its ancestors up to 中国, linked by PART_OF', async () => {
    await load([标注意见]);
    const chain = await db.read<{ names: string[] }>(
      `MATCH p = (:Region {key: 'Region:贵阳市'})-[:PART_OF*]->(:Region {key: 'Region:中国'})
       RETURN [n IN nodes(p) | n.name] AS names`,
    );
    expect(chain.map((row) => row.names)).toEqual([['贵阳市', '贵州省', '中国']]);
  });
});

describe('an article whose content changed replaces its own contributions', () => {
  const revised = extracted({
    title: 标注意见.title,
    url: 'https://www.ndrc.gov.cn/xxgk/1',
    text: '国家数据局印发《关于促进数据标注产业高质量发展的实施意见》。',
    entities: [
      { type: 'Policy', name: '关于促进数据标注产业高质量发展的实施意见' },
      { type: 'Agency', name: '国家数据局' },
    ],
    relations: [['ISSUED_BY', '关于促进数据标注产业高质量发展的实施意见', '国家数据局']],
  });

  test('the summary says updated, and the graph equals a clean import of the current versions', async () => {
    await load([标注意见, 数据工作会议]);
    const summary = await load([revised]);
    expect(summary).toMatchObject({ new: 0, updated: 1, unchanged: 0 });
    const replaced = await snapshot(db);
    await wipe(db);
    await load([revised, 数据工作会议]);
    const clean = await snapshot(db);
    expect(replaced).toEqual(clean);
  });

  test('provenance it no longer gives is removed; what it alone supported is deleted', async () => {
    await load([标注意见, 数据工作会议]);
    await load([revised]);
    // 贵阳市 and its ancestors were only supported by the old version
    expect(await count(db, 'MATCH (r:Region) RETURN count(r) AS n')).toBe(0);
    expect(await count(db, 'MATCH ()-[r:APPLIES_TO]->() RETURN count(r) AS n')).toBe(0);
    // 国家发展和改革委员会 is still mentioned by the other article, but no longer issued the policy
    expect(
      await count(
        db,
        'MATCH ()-[r:ISSUED_BY]->(:Agency {name: "国家发展和改革委员会"}) RETURN count(r) AS n',
      ),
    ).toBe(0);
    const [agency] = await db.read<{ aliases: string[] }>(
      'MATCH (a:Agency {name: "国家发展和改革委员会"}) RETURN a.aliases AS aliases',
    );
    expect(agency?.aliases).toEqual(['国家发改委']);
    // the relation both articles state survives with the support of both, the old evidence gone
    const [issued] = await db.read<{ support: number }>(
      'MATCH ()-[r:ISSUED_BY]->(:Agency {name: "国家数据局"}) RETURN r.support AS support',
    );
    expect(issued?.support).toBe(2);
    const [evidence] = await db.read<{ sentences: string[] }>(
      `MATCH (:Article {key: $key})-[m:MENTIONS]->(:Policy) RETURN m.relationSentences AS sentences`,
      { key: revised.key },
    );
    expect(evidence?.sentences).toEqual(['国家数据局印发《关于促进数据标注产业高质量发展的实施意见》。']);
  });

  test('a relation only the replaced article stated loses its support and is deleted', async () => {
    await load([标注意见, 数据工作会议]);
    await load([revised, 数据工作会议]);
    expect(await count(db, 'MATCH (:Policy)-[r:ISSUED_BY|APPLIES_TO]->() RETURN count(r) AS n')).toBe(1);
    expect(
      await count(db, 'MATCH ()-[r]->() WHERE r.support = 0 AND r.dataset IS NULL RETURN count(r) AS n'),
    ).toBe(0);
  });

  test('a region another article still mentions keeps its node and ancestors', async () => {
    const 贵州 = extracted({
      title: '贵州省数据流通交易',
      url: 'https://dsj.guizhou.gov.cn/3',
      text: '贵阳市数据流通交易规模持续扩大。',
      entities: [{ type: 'Region', name: '贵阳市' }],
    });
    await load([标注意见, 贵州]);
    await load([revised]);
    expect(await count(db, 'MATCH (r:Region) RETURN count(r) AS n')).toBe(3);
  });
});

describe('bad input never reaches the database half-read', () => {
  test('an article whose relation names an entity it does not list fails alone, named with the reason', async () => {
    const broken = {
      ...数据工作会议,
      relations: 数据工作会议.relations.map((relation) => ({
        ...relation,
        to: 'Agency:不存在的机构' as const,
      })),
    };
    const summary = await load([标注意见, broken]);
    expect(summary).toMatchObject({ new: 1, failed: 1 });
    expect(summary.failures[0]?.reason).toMatch(/全国数据工作会议在京召开.*does not list/);
    expect(await count(db, 'MATCH (a:Article {key: $key}) RETURN count(a) AS n', { key: broken.key })).toBe(
      0,
    );
  });
});
