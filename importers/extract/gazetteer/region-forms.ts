// How Chinese writers shorten division names: the generic suffix goes (贵州省 → 贵州, 广州市 →
// 广州, 喀什地区 → 喀什), and an autonomous area also loses its peoples (黔东南苗族侗族自治州 →
// 黔东南, also 黔东南州). A short form must keep at least two characters: one-character forms
// (黔, 粤, 城) are abbreviations or ordinary words far more often than places.

import type { RegionLevel } from '../../../core/model.ts';

/** The 55 recognised minorities as they appear inside autonomous-area names, plus 各 (龙胜各族). */
const PEOPLES = [
  ...['蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家'],
  ...['哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇'],
  ...['柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米'],
  ...['塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙'],
  ...['鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '各'],
].sort((a, b) => b.length - a.length);

const AUTONOMOUS = /^(.+)自治(区|州|县|旗)$/;

/** Generic suffixes by level, longest first; the first that leaves two characters is dropped. */
const SUFFIXES: Record<'province' | 'prefecture' | 'county', string[]> = {
  province: ['特别行政区', '省', '市'],
  prefecture: ['地区', '市', '盟'],
  // 神农架林区 is the only 林区; 万柏林区 and 碑林区 end in 林 by chance, hence the 3-character floor
  county: ['新区', '特区', '区', '县', '市'],
};

export function shortForms(name: string, level: 'province' | 'prefecture' | 'county'): string[] {
  const autonomous = AUTONOMOUS.exec(name);
  if (autonomous) return autonomousForms(autonomous[1] as string, autonomous[2] as string);
  if (level === 'county' && name.endsWith('林区') && name.length >= 5) return [name.slice(0, -2)];
  for (const suffix of SUFFIXES[level]) {
    const stem = name.slice(0, -suffix.length);
    if (name.endsWith(suffix) && stem.length >= 2) return [stem];
  }
  return [];
}

/** 黔东南苗族侗族 + 州 → 黔东南, 黔东南州; 广西壮族 + 区 → 广西, 广西自治区. */
function autonomousForms(stem: string, unit: string): string[] {
  const place = withoutPeoples(stem);
  const forms = [place, `${place}${unit === '区' ? '自治区' : unit}`];
  return forms.filter((form) => form.length >= 2);
}

function withoutPeoples(stem: string): string {
  let place = stem;
  for (let changed = true; changed; ) {
    changed = false;
    for (const people of PEOPLES) {
      // bare one-character peoples would eat place names ending in 水, 白, 土 …
      const endings = people.length >= 2 ? [`${people}族`, people] : [`${people}族`];
      for (const ending of endings) {
        if (place.endsWith(ending) && place.length - ending.length >= 2) {
          place = place.slice(0, -ending.length);
          changed = true;
        }
      }
    }
  }
  // 东乡族自治县 and 鄂温克族自治旗 are named after the people alone
  const people = place.endsWith('族') ? place.slice(0, -1) : place;
  return PEOPLES.includes(people) ? people : place;
}

export type ChineseLevel = Extract<RegionLevel, 'province' | 'prefecture' | 'county'>;
