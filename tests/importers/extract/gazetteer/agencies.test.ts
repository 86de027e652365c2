import { describe, expect, it } from 'vitest';
import { AGENCY_KINDS } from '../../../../core/model.ts';
import {
  AGENCY_SUFFIXES,
  agencyByForm,
  allAgencies,
  scanAgencies,
} from '../../../../importers/extract/gazetteer/agencies.ts';
import { regionByName } from '../../../../importers/extract/gazetteer/regions.ts';
import { bestTime } from './best-time.ts';

const nameOf = (form: string) => agencyByForm(form)?.name;

describe('agencyByForm: short forms resolve to the full name', () => {
  it.each([
    ['国家发改委', '国家发展和改革委员会'],
    ['国家发展改革委', '国家发展和改革委员会'],
    ['发改委', '国家发展和改革委员会'],
    ['工信部', '工业和信息化部'],
    ['科技部', '科学技术部'],
    ['央行', '中国人民银行'],
    ['市场监管总局', '国家市场监督管理总局'],
    ['国家网信办', '国家互联网信息办公室'],
    ['中央网信办', '中央网络安全和信息化委员会办公室'],
    ['国家标准委', '国家标准化管理委员会'],
    ['国办', '国务院办公厅'],
    ['中办', '中共中央办公厅'],
    ['全国人大常委会', '全国人民代表大会常务委员会'],
    ['最高法', '最高人民法院'],
    ['最高检', '最高人民检察院'],
    ['中国信通院', '中国信息通信研究院'],
    ['信通院', '中国信息通信研究院'],
    ['电子标准院', '中国电子技术标准化研究院'],
    ['中科院', '中国科学院'],
    ['社科院', '中国社会科学院'],
    ['人力资源社会保障部', '人力资源和社会保障部'],
    ['中华人民共和国工业和信息化部', '工业和信息化部'],
    ['MeitY', '印度电子和信息技术部'],
    ['全国总工会', '中华全国总工会'],
    ['共青团中央', '中国共产主义青年团中央委员会'],
    ['全国妇联', '中华全国妇女联合会'],
  ])('%s → %s', (form, name) => {
    expect(nameOf(form)).toBe(name);
  });

  it('gives each body its kind and region', () => {
    expect(agencyByForm('国家数据局')).toMatchObject({ kind: 'government', region: '中国' });
    expect(agencyByForm('中共中央')).toMatchObject({ kind: 'party', region: '中国' });
    expect(agencyByForm('最高法')).toMatchObject({ kind: 'court' });
    expect(agencyByForm('最高检')).toMatchObject({ kind: 'procuratorate' });
    expect(agencyByForm('全国人大')).toMatchObject({ kind: 'legislature' });
    expect(agencyByForm('中国互联网协会')).toMatchObject({ kind: 'association' });
    expect(agencyByForm('中国信通院')).toMatchObject({ kind: 'institute' });
    expect(agencyByForm('美国联邦贸易委员会')).toMatchObject({ kind: 'foreign', region: '美国' });
    expect(agencyByForm('欧盟委员会')).toMatchObject({ kind: 'foreign', region: '欧盟' });
    expect(agencyByForm('联合国')?.region).toBeUndefined();
  });
});

describe('scanAgencies', () => {
  it('finds co-issuers in a list, longest-leftmost, with offsets', () => {
    const text = '国家发展改革委、国家数据局、财政部、人力资源社会保障部联合印发《实施意见》';
    const found = scanAgencies(text).map((m) => [text.slice(m.start, m.end), m.entry.name]);
    expect(found).toEqual([
      ['国家发展改革委', '国家发展和改革委员会'],
      ['国家数据局', '国家数据局'],
      ['财政部', '财政部'],
      ['人力资源社会保障部', '人力资源和社会保障部'],
    ]);
  });

  it('takes the longest body: 国务院办公厅 not 国务院, 美国商务部 not 商务部', () => {
    expect(scanAgencies('国务院办公厅印发通知').map((m) => m.form)).toEqual(['国务院办公厅']);
    expect(scanAgencies('美国商务部发布出口管制规则').map((m) => m.entry.name)).toEqual(['美国商务部']);
    expect(scanAgencies('美商务部发布出口管制规则').map((m) => m.entry.name)).toEqual(['美国商务部']);
    expect(scanAgencies('我国国务院和中国人民银行').map((m) => m.entry.name)).toEqual([
      '国务院',
      '中国人民银行',
    ]);
  });

  it.each([
    ['a field department (教育部门, 财政部门)', '各地教育部门和财政部门要加强协同'],
    ['集中办理', '推动政务服务集中办理'],
    ['a local office (市发改委, 贵州省网信办)', '市发改委和贵州省网信办联合开展检查'],
    ['a foreign ministry (印度国防部, 日本央行)', '印度国防部和日本央行表示'],
    ['troops (公安部队)', '公安部队参加演练'],
    ['最高法律效力', '宪法具有最高法律效力'],
    ['ASCII inside a longer word', 'SWIFTC协议'],
  ])('reports no body for %s', (_, text) => {
    expect(scanAgencies(text)).toEqual([]);
  });

  // the budget is 1 ms per 100 characters
  it('scans 5,000 characters in under half the budget of 50 ms', () => {
    const text = '国家发展改革委、国家数据局、财政部联合印发意见，中国信通院和最高法参与。'.repeat(140);
    expect(bestTime(10, () => scanAgencies(text))).toBeLessThan(25);
  });
});

describe('the table', () => {
  const entries = allAgencies();

  it('lists every form once, and every canonical name scans back to itself', () => {
    const forms = entries.flatMap((e) => [e.name, ...e.forms]);
    expect(forms.length).toBe(new Set(forms).size);
    for (const entry of entries) {
      expect(scanAgencies(entry.name).map((m) => m.entry)).toEqual([entry]);
    }
  });

  it('places every body in a region the region gazetteer knows', () => {
    const unknown = entries.filter((e) => e.region !== undefined && !regionByName(e.region));
    expect(unknown.map((e) => e.name)).toEqual([]);
  });

  it('offers name suffixes for every kind, none listed under two kinds', () => {
    expect(Object.keys(AGENCY_SUFFIXES).sort()).toEqual([...AGENCY_KINDS].sort());
    const all = Object.values(AGENCY_SUFFIXES).flat();
    expect(all.length).toBe(new Set(all).size);
    expect(all).toEqual(
      expect.arrayContaining(['人民政府', '办公厅', '委员会', '局', '法院', '协会', '研究院']),
    );
  });
});
