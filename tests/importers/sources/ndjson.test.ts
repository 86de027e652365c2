import { describe, expect, it } from 'vitest';
import { isZhengtuError } from '../../../core/errors.ts';
import { readRecords } from '../../../importers/sources/ndjson.ts';

const record = { title: '国家数据局发布数据产业图谱', body: '国家数据局发布《数据产业图谱（2024）》。' };

describe('the JSON records source', () => {
  it('reads NDJSON, one record a line, with date as ISO and source and url kept', () => {
    const line = JSON.stringify({
      ...record,
      date: '2024年11月2日',
      source: '国家数据局',
      url: 'https://www.nda.gov.cn/1',
    });
    expect(readRecords(`${line}\n\n${JSON.stringify(record)}\n`, 'r.ndjson')).toEqual([
      {
        ...titled(record),
        date: '2024-11-02',
        source: '国家数据局',
        url: 'https://www.nda.gov.cn/1',
        file: 'r.ndjson',
      },
      { ...titled(record), date: undefined, source: undefined, url: undefined, file: 'r.ndjson' },
    ]);
  });

  it('reads a JSON array, a single object and an object with an articles list', () => {
    for (const json of [[record], record, { articles: [record] }]) {
      expect(readRecords(JSON.stringify(json), 'r.json').map((a) => a.title)).toEqual([record.title]);
    }
  });

  it('turns the body into paragraphs, one a line', () => {
    const [article] = readRecords(JSON.stringify({ ...record, body: '第一段。\n\n  第二段。  ' }), 'r.json');
    expect(article?.text).toBe('第一段。\n第二段。');
  });

  it('refuses a record without a body, naming the file and the line', () => {
    const input = `${JSON.stringify(record)}\n${JSON.stringify({ title: '只有标题' })}`;
    expect(() => readRecords(input, 'r.ndjson')).toThrow(/r\.ndjson line 2: the record has no "body"/);
  });

  it('refuses a line that is not JSON with BAD_INPUT', () => {
    try {
      readRecords(`${JSON.stringify(record)}\n{"title": "断开的`, 'r.ndjson');
      expect.unreachable();
    } catch (error) {
      expect(isZhengtuError(error, 'BAD_INPUT') && error.message).toMatch(/r\.ndjson line 2/);
    }
  });
});

function titled(r: typeof record) {
  return { title: r.title, text: r.body };
}
