import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  allRegions,
  pickRegion,
  regionAncestors,
  regionByName,
  regionCandidates,
  scanRegions,
} from '../../../../importers/extract/gazetteer/regions.ts';
import { bestTime } from './best-time.ts';

const names = (entries: { name: string }[]) => entries.map((e) => e.name);
const best = (form: string) => regionCandidates(form)[0]?.name;

describe('Chinese divisions come from GB/T 2260', () => {
  it('has every province, prefecture and county, with codes and parents', () => {
    const count = (level: string) => allRegions().filter((e) => e.level === level).length;
    expect(count('province')).toBe(34);
    expect(count('prefecture')).toBeGreaterThanOrEqual(330);
    expect(count('county')).toBeGreaterThanOrEqual(2800);
    expect(regionByName('观山湖区')).toMatchObject({ code: '520115', level: 'county', parent: '贵阳市' });
  });

  it('climbs from a county to the country: 观山湖区 → 贵阳市 → 贵州省 → 中国', () => {
    const county = regionByName('观山湖区');
    expect(county && names(regionAncestors(county))).toEqual(['贵阳市', '贵州省', '中国']);
  });

  it('hangs districts of a municipality and province-administered cities from the province', () => {
    expect(regionByName('海淀区')).toMatchObject({ parent: '北京市' });
    expect(regionByName('仙桃市')).toMatchObject({ parent: '湖北省' });
  });

  it('adds the state-level new areas under their province: 贵安新区, 雄安新区', () => {
    expect(regionByName('贵安新区')).toMatchObject({ level: 'area', parent: '贵州省', country: '中国' });
    expect(regionByName('雄安新区')).toMatchObject({ level: 'area', parent: '河北省' });
    expect(best('贵安')).toBe('贵安新区');
  });

  it('names a repeated name after its parent and keeps the bare name as a form: 朝阳区', () => {
    expect(names(regionCandidates('朝阳区'))).toEqual(['北京市朝阳区', '长春市朝阳区']);
    expect(regionByName('朝阳区')).toBeUndefined();
  });
});

describe('短名解析: short forms resolve to full names', () => {
  it.each([
    ['贵州', '贵州省'],
    ['内蒙古', '内蒙古自治区'],
    ['广西', '广西壮族自治区'],
    ['新疆', '新疆维吾尔自治区'],
    ['北京', '北京市'],
    ['香港', '香港特别行政区'],
    ['广州', '广州市'],
    ['贵阳', '贵阳市'],
    ['喀什', '喀什地区'],
    ['黔东南', '黔东南苗族侗族自治州'],
    ['黔东南州', '黔东南苗族侗族自治州'],
    ['观山湖', '观山湖区'],
    ['神农架', '神农架林区'],
    ['印尼', '印度尼西亚'],
    ['中华人民共和国', '中国'],
  ])('%s → %s', (form, name) => {
    expect(best(form)).toBe(name);
  });

  it('exposes ambiguity, best first: 德州 is 山东省德州市 before 美国得克萨斯州', () => {
    expect(names(regionCandidates('德州'))).toEqual(['德州市', '美国得克萨斯州']);
    expect(regionByName('德州市')).toMatchObject({ parent: '山东省' });
    expect(names(regionCandidates('朝阳'))).toContain('朝阳市');
    expect(names(regionCandidates('吉林'))).toEqual(['吉林省', '吉林市']);
  });

  it('lets the context decide: 美国德州 → Texas, 山东德州 → 德州市, 北京朝阳 → 北京市朝阳区', () => {
    expect(pickRegion(regionCandidates('德州'), '美国德州众议院通过法案')?.name).toBe('美国得克萨斯州');
    expect(pickRegion(regionCandidates('德州'), '美国总统访问德州')?.name).toBe('美国得克萨斯州');
    expect(pickRegion(regionCandidates('德州'), '山东德州打造算力中心')?.name).toBe('德州市');
    expect(pickRegion(regionCandidates('朝阳'), '北京朝阳启动试点')?.name).toBe('北京市朝阳区');
    expect(pickRegion(regionCandidates('德州'), '')?.name).toBe('德州市');
    // the ambiguous form is no evidence for itself: 龙江 stays Heilongjiang, not 龙江县 in it
    expect(pickRegion(regionCandidates('龙江'), '推动“数字龙江”建设')?.name).toBe('黑龙江省');
  });
});

describe('foreign countries and subdivisions', () => {
  it('has the countries with ISO codes: 印度, 美国, 欧盟', () => {
    expect(regionByName('印度')).toMatchObject({ code: 'IN', level: 'country', country: '印度' });
    expect(regionByName('美国')?.forms).toContain('美利坚合众国');
    expect(regionByName('欧盟')).toMatchObject({ code: 'EU', level: 'country' });
    expect(allRegions().filter((e) => e.level === 'country').length).toBeGreaterThan(240);
  });

  it('prefixes subdivisions with their country: 美国得克萨斯州 and its variants', () => {
    const texas = regionByName('美国得克萨斯州');
    expect(texas).toMatchObject({ code: 'US-TX', level: 'subdivision', parent: '美国' });
    expect(texas?.forms).toEqual(expect.arrayContaining(['得克萨斯州', '德克萨斯州', '德州', '美国德州']));
    expect(best('加州')).toBe('美国加利福尼亚州');
    expect(texas && names(regionAncestors(texas))).toEqual(['美国']);
  });
});

describe('scanRegions', () => {
  it('finds every region of a sentence, longest-leftmost, with offsets', () => {
    const text = '贵州省贵阳市观山湖区与内蒙古、美国德州及印度尼西亚开展合作';
    const found = scanRegions(text).map((m) => [m.form, m.candidates[0]?.name, text.slice(m.start, m.end)]);
    expect(found).toEqual([
      ['贵州省', '贵州省', '贵州省'],
      ['贵阳市', '贵阳市', '贵阳市'],
      ['观山湖区', '观山湖区', '观山湖区'],
      ['内蒙古', '内蒙古自治区', '内蒙古'],
      ['美国德州', '美国得克萨斯州', '美国德州'],
      ['印度尼西亚', '印度尼西亚', '印度尼西亚'],
    ]);
  });

  it.each([
    ['和平 alone', '坚持和平发展道路'],
    ['新区 and 开发区 alone', '推动新区和开发区建设'],
    ['新平 inside 创新平台', '建设人工智能创新平台'],
    ['会同 as a verb', '国家数据局会同有关部门'],
    ['海地 inside 沿海地区', '沿海地区数据中心'],
    ['中非 as China–Africa', '中非合作论坛'],
    ['长治 inside 长治久安', '实现长治久安'],
    ['中西 inside 中西部', '支持中西部地区发展'],
    ['大化 inside 最大化', '实现数据价值最大化'],
    ['single characters', '黔粤京沪'],
  ])('reports no region for %s', (_, text) => {
    expect(scanRegions(text)).toEqual([]);
  });

  it('still answers for a stop-listed form when asked', () => {
    expect(names(regionCandidates('和平'))).toContain('天津市和平区');
  });

  // the budget is 1 ms per 100 characters
  it('scans 5,000 characters in under half the budget of 50 ms', () => {
    const text = '贵阳贵安聚焦算力、赋能、产业，推动贵州省数字经济发展，和美国德州、山东德州合作。'.repeat(
      125,
    );
    expect(bestTime(10, () => scanRegions(text))).toBeLessThan(25);
  });
});

describe('properties', () => {
  const entries = allRegions();
  test.prop([fc.constantFrom(...entries)], { numRuns: 1000 })(
    'every canonical name scans back to itself',
    (entry) => {
      const matches = scanRegions(entry.name);
      expect(matches).toHaveLength(1);
      expect(matches[0]).toMatchObject({ start: 0, end: entry.name.length });
      expect(matches[0]?.candidates).toContain(entry);
    },
  );

  it('has unique canonical names and no one-character form', () => {
    expect(new Set(names([...entries])).size).toBe(entries.length);
    expect(entries.flatMap((e) => e.forms).filter((form) => form.length < 2)).toEqual([]);
  });
});
