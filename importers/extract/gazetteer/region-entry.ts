// One region of the gazetteer, the shape every dataset module (Chinese divisions, new areas,
// countries, foreign subdivisions) produces.
import type { RegionLevel } from '../../../core/model.ts';

export interface RegionEntry {
  /** Unique canonical name: 贵州省, 北京市朝阳区 (a repeated name takes its parent's), 美国得克萨斯州 */
  name: string;
  /** GB/T 2260 for Chinese divisions, ISO 3166-1 alpha-2 for countries, ISO 3166-2 for foreign
   * subdivisions (US-TX); empty for new areas, which have none */
  code: string;
  level: RegionLevel;
  /** full name of the parent; '中国' for provinces; the country for foreign subdivisions */
  parent?: string;
  /** canonical name of the country it lies in (itself for a country) */
  country: string;
  /** every short/alternative form, excluding name */
  forms: string[];
}
