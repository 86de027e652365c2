// The rows an article becomes before any database is involved: checked, flattened, merged.
import neo4j from 'neo4j-driver';
import { describe, expect, test } from 'vitest';
import { batchRows } from '../../../graph/import/batch.ts';
import { articleRows, contentHash } from '../../../graph/import/rows.ts';
import { extracted } from './articles.ts';

const 贵阳 = extracted({
  title: '贵阳市印发数据要素行动方案',
  url: 'https://www.guiyang.gov.cn/1',
  text: '贵阳市大数据局印发《贵阳市数据要素市场化配置改革行动方案》。到2027年，贵阳市数据交易额达到75亿元。',
  entities: [
    {
      type: 'Policy',
      name: '贵阳市数据要素市场化配置改革行动方案',
      props: { docType: '方案', status: 'final' },
    },
    {
      type: 'Agency',
      name: '贵阳市大数据发展管理局',
      aliases: ['贵阳市大数据局'],
      props: { kind: 'government' },
    },
    {
      type: 'Region',
      name: '贵阳市',
      props: { code: '520100', level: 'prefecture' },
      ancestors: [
        { name: '贵州省', code: '520000', level: 'province' },
        { name: '中国', code: 'CN', level: 'country' },
      ],
    },
    { type: 'Metric', name: '数据交易额', props: { value: 75, unit: '亿元', year: 2027, kind: 'target' } },
  ],
  relations: [
    ['ISSUED_BY', '贵阳市数据要素市场化配置改革行动方案', '贵阳市大数据发展管理局'],
    ['SETS_TARGET', '贵阳市数据要素市场化配置改革行动方案', '数据交易额'],
    ['MEASURES', '数据交易额', '贵阳市'],
  ],
});

describe('articleRows', () => {
  const rows = articleRows(贵阳);

  test('each entity becomes a node row with its aliases and only its type’s properties', () => {
    expect(rows.entities.get('Agency')).toEqual([
      {
        key: 'Agency:贵阳市大数据发展管理局',
        name: '贵阳市大数据发展管理局',
        aliases: ['贵阳市大数据局'],
        props: { kind: 'government' },
      },
    ]);
    expect(rows.entities.get('Metric')?.[0]?.props).toEqual({
      value: 75,
      unit: '亿元',
      year: neo4j.int(2027),
      kind: 'target',
    });
  });

  test('a mention keeps every evidence span of the article as parallel integer arrays', () => {
    const agency = rows.mentions.get('Agency')?.[0];
    expect(agency?.starts).toEqual([neo4j.int(0)]);
    expect(agency?.ends).toEqual([neo4j.int(7)]);
    expect(agency?.sentences).toEqual(['贵阳市大数据局印发《贵阳市数据要素市场化配置改革行动方案》。']);
  });

  test('relations are grouped by type and the labels of their ends', () => {
    expect([...rows.relations.keys()]).toEqual([
      'ISSUED_BY:Policy->Agency',
      'SETS_TARGET:Policy->Metric',
      'MEASURES:Metric->Region',
    ]);
    expect(rows.relations.get('ISSUED_BY:Policy->Agency')).toEqual([
      {
        from: 'Policy:贵阳市数据要素市场化配置改革行动方案',
        to: 'Agency:贵阳市大数据发展管理局',
        support: 1,
      },
    ]);
  });

  test('a relation’s evidence is kept on the article’s mention of its from-entity, one entry per evidence', () => {
    const policy = rows.mentions.get('Policy')?.[0];
    expect(policy?.relationTypes).toEqual(['ISSUED_BY', 'SETS_TARGET']);
    expect(policy?.relationTargets).toEqual(['Agency:贵阳市大数据发展管理局', 'Metric:数据交易额']);
    expect(policy?.relationSentences[1]).toBe('到2027年，贵阳市数据交易额达到75亿元。');
    const metric = rows.mentions.get('Metric')?.[0];
    expect(metric).toMatchObject({ relationTypes: ['MEASURES'], relationTargets: ['Region:贵阳市'] });
    expect(rows.mentions.get('Agency')?.[0]?.relationTypes).toEqual([]);
  });

  test("a relation without a located sentence still counts as support, with sentence '' at offset -1", () => {
    expect(rows.relations.get('ISSUED_BY:Policy->Agency')?.[0]?.support).toBe(1);
    expect(rows.mentions.get('Policy')?.[0]).toMatchObject({
      relationSentences: expect.arrayContaining(['']),
      relationStarts: expect.arrayContaining([neo4j.int(-1)]),
      relationEnds: expect.arrayContaining([neo4j.int(-1)]),
    });
  });

  test('a mentioned region brings its ancestors as nodes linked by dataset PART_OF rows', () => {
    expect(rows.partOf).toEqual([
      { from: 'Region:贵阳市', to: 'Region:贵州省' },
      { from: 'Region:贵州省', to: 'Region:中国' },
    ]);
    expect(rows.entities.get('Region')?.map((row) => row.key)).toEqual([
      'Region:贵阳市',
      'Region:贵州省',
      'Region:中国',
    ]);
  });

  test('the hash changes with the content but not with the file it was read from', () => {
    expect(contentHash({ ...贵阳, file: 'other.md' })).toBe(rows.hash);
    expect(contentHash({ ...贵阳, text: `${贵阳.text}。` })).not.toBe(rows.hash);
  });

  test('the hash does not depend on the order the article’s fields were set in', () => {
    const { title, text, ...rest } = 贵阳;
    expect(contentHash({ ...rest, text, title })).toBe(rows.hash);
  });

  test('a relation the article’s entities cannot carry is refused with the reason', () => {
    const wrong = {
      ...贵阳,
      relations: [
        {
          ...贵阳.relations[2],
          type: 'ISSUED_BY' as const,
          from: 'Metric:数据交易额' as const,
          to: 'Region:贵阳市' as const,
          evidence: [],
        },
      ],
    };
    expect(() => articleRows(wrong)).toThrow(/ISSUED_BY cannot join Metric to Region/);
  });
});

describe('batchRows', () => {
  test('a node named by several articles is one row with the union of aliases; support is summed', () => {
    const again = extracted({
      title: '贵阳数据交易',
      url: 'https://www.guiyang.gov.cn/2',
      text: '贵阳市大数据管理局印发《贵阳市数据要素市场化配置改革行动方案》。',
      entities: [
        { type: 'Policy', name: '贵阳市数据要素市场化配置改革行动方案' },
        { type: 'Agency', name: '贵阳市大数据发展管理局', aliases: ['贵阳市大数据管理局'] },
      ],
      relations: [['ISSUED_BY', '贵阳市数据要素市场化配置改革行动方案', '贵阳市大数据发展管理局']],
    });
    const batch = batchRows([articleRows(贵阳), articleRows(again)]);
    expect(batch.entities.get('Agency')).toHaveLength(1);
    expect(batch.entities.get('Agency')?.[0]?.aliases).toEqual(['贵阳市大数据局', '贵阳市大数据管理局']);
    expect(batch.relations.get('ISSUED_BY:Policy->Agency')).toEqual([
      {
        from: 'Policy:贵阳市数据要素市场化配置改革行动方案',
        to: 'Agency:贵阳市大数据发展管理局',
        support: 2,
      },
    ]);
    expect(batch.mentions.get('Agency')).toHaveLength(2);
    expect(batch.issues).toHaveLength(1);
  });
});
