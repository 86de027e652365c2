// State-level new areas (国家级新区) that GB/T 2260 does not list as divisions: policy news treats
// them as places (贵安新区's 算力规模), so they are regions of level 'area' under their province.
// 浦东新区, 滨海新区 and 兰州新区 are GB/T districts already and come from the dataset. They have
// no GB/T code, so `code` is empty. One line each: province, canonical name, other forms.

import type { RegionEntry } from './region-entry.ts';

const NEW_AREAS = [
  '河北省 雄安新区 河北雄安新区 雄安',
  '重庆市 两江新区 重庆两江新区',
  '浙江省 舟山群岛新区 浙江舟山群岛新区',
  '广东省 南沙新区 广州南沙新区',
  '陕西省 西咸新区 陕西西咸新区',
  '贵州省 贵安新区 贵州贵安新区 贵安',
  '山东省 青岛西海岸新区 西海岸新区',
  '辽宁省 大连金普新区 金普新区',
  '四川省 天府新区 四川天府新区',
  '湖南省 湘江新区 湖南湘江新区',
  '江苏省 南京江北新区 江北新区',
  '福建省 福州新区',
  '云南省 滇中新区 云南滇中新区',
  '黑龙江省 哈尔滨新区',
  '吉林省 长春新区',
  '江西省 赣江新区 江西赣江新区',
];

export function newAreas(): RegionEntry[] {
  return NEW_AREAS.map((line) => {
    const [parent, name, ...forms] = line.split(' ') as [string, string, ...string[]];
    return { name, code: '', level: 'area', parent, country: '中国', forms };
  });
}
