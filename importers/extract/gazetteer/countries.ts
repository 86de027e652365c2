// Foreign countries from i18n-iso-countries' Chinese names, keyed by ISO 3166 alpha-2. Hong Kong,
// Macau and Taiwan are provinces of China in GB/T 2260 and come from there instead. A few names
// are the abbreviation in that package (印尼, 阿联酋); the full name is canonical and the
// abbreviation a form, as it is for divisions.

import { createRequire } from 'node:module';
import type { RegionEntry } from './region-entry.ts';

const NOT_FOREIGN = new Set(['CN', 'HK', 'MO', 'TW']);

/** Canonical names where the package gives a short or ambiguous one (中非 reads as 中国–非洲). */
const FULL_NAMES: Record<string, string> = {
  ID: '印度尼西亚',
  AE: '阿拉伯联合酋长国',
  BA: '波斯尼亚和黑塞哥维那',
  CF: '中非共和国',
  CD: '刚果民主共和国',
  CG: '刚果共和国',
};

/** Other names in common use: official long forms and colloquial ones. */
const OTHER_FORMS: Record<string, string[]> = {
  US: ['美利坚合众国'],
  GB: ['大不列颠及北爱尔兰联合王国', '联合王国'],
  RU: ['俄罗斯联邦', '俄国'],
  KR: ['大韩民国', '南韩'],
  KP: ['朝鲜民主主义人民共和国', '北韩'],
  DE: ['德意志联邦共和国'],
  FR: ['法兰西共和国', '法兰西'],
  JP: ['日本国'],
  IN: ['印度共和国'],
  ID: ['印度尼西亚共和国'],
  AU: ['澳大利亚联邦', '澳洲'],
  NZ: ['纽西兰'],
  NL: ['荷兰王国', '尼德兰'],
  CZ: ['捷克共和国'],
  MN: ['蒙古国'],
  SG: ['新加坡共和国'],
  VN: ['越南社会主义共和国'],
  LA: ['老挝人民民主共和国'],
  PH: ['菲律宾共和国'],
  TH: ['泰王国'],
  MY: ['马来西亚联邦'],
  IT: ['意大利共和国'],
  ES: ['西班牙王国'],
  CH: ['瑞士联邦'],
  ZA: ['南非共和国'],
  BR: ['巴西联邦共和国'],
  MX: ['墨西哥合众国'],
  IR: ['伊朗伊斯兰共和国'],
  PK: ['巴基斯坦伊斯兰共和国'],
  EG: ['阿拉伯埃及共和国'],
  SA: ['沙特阿拉伯王国', '沙特'],
  TR: ['土耳其共和国'],
  VA: ['梵蒂冈城国', '教廷'],
  CD: ['刚果金'],
  CG: ['刚果布'],
};

/** The European Union acts as one jurisdiction in policy news (its AI Act, its data rules). */
const EUROPEAN_UNION: RegionEntry = {
  name: '欧盟',
  code: 'EU',
  level: 'country',
  country: '欧盟',
  forms: ['欧洲联盟'],
};

export function countries(): RegionEntry[] {
  const require = createRequire(import.meta.url);
  const zh = require('i18n-iso-countries/langs/zh.json') as { countries: Record<string, string | string[]> };
  const entries = Object.entries(zh.countries)
    .filter(([code]) => !NOT_FOREIGN.has(code))
    .map(([code, names]) => country(code, [names].flat()));
  return [...entries, EUROPEAN_UNION];
}

function country(code: string, names: string[]): RegionEntry {
  const name = FULL_NAMES[code] ?? (names[0] as string);
  const forms = [...new Set([...names, ...(OTHER_FORMS[code] ?? [])])].filter((form) => form !== name);
  return { name, code, level: 'country', country: name, forms };
}
