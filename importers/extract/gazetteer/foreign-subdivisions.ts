// Major subdivisions of foreign countries under the Chinese names Xinhua uses, with the variants
// Chinese media write. One line per subdivision: ISO 3166-2 code, then its names, the standard
// one first. The canonical name is prefixed with the country, as docs/annotation.md does
// (美国得克萨斯州); every name is also a form with and without that prefix.

import type { RegionEntry } from './region-entry.ts';

const BY_COUNTRY: Record<string, string[]> = {
  美国: [
    'US-AL 亚拉巴马州 阿拉巴马州 亚拉巴马 阿拉巴马',
    'US-AK 阿拉斯加州 阿拉斯加',
    'US-AZ 亚利桑那州 亚利桑那',
    'US-AR 阿肯色州 阿肯色',
    'US-CA 加利福尼亚州 加州 加利福尼亚',
    'US-CO 科罗拉多州 科罗拉多',
    'US-CT 康涅狄格州 康涅狄格',
    'US-DE 特拉华州 特拉华',
    'US-FL 佛罗里达州 佛罗里达',
    'US-GA 佐治亚州 乔治亚州 佐治亚',
    'US-HI 夏威夷州 夏威夷',
    'US-ID 爱达荷州 爱达荷',
    'US-IL 伊利诺伊州 伊利诺斯州 伊利诺伊',
    'US-IN 印第安纳州 印第安纳',
    'US-IA 艾奥瓦州 爱荷华州 艾奥瓦 爱荷华',
    'US-KS 堪萨斯州 堪萨斯',
    'US-KY 肯塔基州 肯塔基',
    'US-LA 路易斯安那州 路易斯安那',
    'US-ME 缅因州',
    'US-MD 马里兰州 马里兰',
    'US-MA 马萨诸塞州 麻省 麻萨诸塞州 马萨诸塞',
    'US-MI 密歇根州 密西根州 密歇根 密西根',
    'US-MN 明尼苏达州 明尼苏达',
    'US-MS 密西西比州',
    'US-MO 密苏里州 密苏里',
    'US-MT 蒙大拿州 蒙大拿',
    'US-NE 内布拉斯加州 内布拉斯加',
    'US-NV 内华达州 内华达',
    'US-NH 新罕布什尔州 新罕布什尔',
    'US-NJ 新泽西州 新泽西',
    'US-NM 新墨西哥州',
    'US-NY 纽约州 纽约',
    'US-NC 北卡罗来纳州 北卡罗莱纳州 北卡州 北卡罗来纳',
    'US-ND 北达科他州 北达科他',
    'US-OH 俄亥俄州 俄亥俄',
    'US-OK 俄克拉何马州 俄克拉荷马州 俄克拉何马 俄克拉荷马',
    'US-OR 俄勒冈州 俄勒冈',
    'US-PA 宾夕法尼亚州 宾州 宾夕法尼亚',
    'US-RI 罗得岛州 罗德岛州 罗得岛 罗德岛',
    'US-SC 南卡罗来纳州 南卡罗莱纳州 南卡州 南卡罗来纳',
    'US-SD 南达科他州 南达科他',
    'US-TN 田纳西州 田纳西',
    'US-TX 得克萨斯州 德克萨斯州 德州 得州 得克萨斯 德克萨斯',
    'US-UT 犹他州',
    'US-VT 佛蒙特州 佛蒙特',
    'US-VA 弗吉尼亚州 维吉尼亚州 弗吉尼亚',
    'US-WA 华盛顿州',
    'US-WV 西弗吉尼亚州 西弗吉尼亚',
    'US-WI 威斯康星州 威斯康辛州 威斯康星',
    'US-WY 怀俄明州 怀俄明',
    'US-DC 哥伦比亚特区 华盛顿特区 华盛顿哥伦比亚特区 华盛顿',
  ],
  英国: ['GB-ENG 英格兰', 'GB-SCT 苏格兰', 'GB-WLS 威尔士', 'GB-NIR 北爱尔兰'],
  加拿大: [
    'CA-ON 安大略省 安省 安大略',
    'CA-QC 魁北克省 魁北克',
    'CA-BC 不列颠哥伦比亚省 卑诗省 不列颠哥伦比亚',
    'CA-AB 艾伯塔省 阿尔伯塔省 艾伯塔 阿尔伯塔',
    'CA-MB 马尼托巴省 曼尼托巴省 马尼托巴',
    'CA-SK 萨斯喀彻温省 萨斯喀彻温',
    'CA-NS 新斯科舍省 新斯科舍',
    'CA-NB 新不伦瑞克省 新不伦瑞克',
    'CA-NL 纽芬兰与拉布拉多省 纽芬兰和拉布拉多省',
    'CA-PE 爱德华王子岛省 爱德华王子岛',
    'CA-YT 育空地区 育空',
    // 西北地区 is also China's northwest, so it is only known with its country
    'CA-NT 西北地区',
    'CA-NU 努纳武特地区 努纳武特',
  ],
  澳大利亚: [
    'AU-NSW 新南威尔士州 新南威尔士',
    'AU-VIC 维多利亚州',
    'AU-QLD 昆士兰州 昆士兰',
    'AU-SA 南澳大利亚州 南澳州',
    'AU-WA 西澳大利亚州 西澳州',
    'AU-TAS 塔斯马尼亚州 塔斯马尼亚',
    'AU-NT 北领地',
    'AU-ACT 澳大利亚首都领地 首都领地',
  ],
  日本: ['JP-13 东京都 东京', 'JP-27 大阪府 大阪', 'JP-26 京都府 京都', 'JP-01 北海道'],
};

const COUNTRY_ONLY = new Set(['西北地区']);

export function foreignSubdivisions(): RegionEntry[] {
  return Object.entries(BY_COUNTRY).flatMap(([country, lines]) =>
    lines.map((line) => subdivision(country, line)),
  );
}

function subdivision(country: string, line: string): RegionEntry {
  const [code, ...names] = line.split(' ') as [string, ...string[]];
  const name = `${country}${names[0]}`;
  const bare = names.filter((n) => !COUNTRY_ONLY.has(n));
  const forms = [...bare, ...names.map((n) => `${country}${n}`)].filter((form) => form !== name);
  return { name, code, level: 'subdivision', parent: country, country, forms };
}
