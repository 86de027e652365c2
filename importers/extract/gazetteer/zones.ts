// Development zones (高新区, 经开区 …) that GB/T 2260 does not list: policy news treats a city's zone
// as a place that bodies sit in and documents govern. Its official name is the city's short name
// and the zone's full kind (西安高新区 → 西安高新技术产业开发区), so the gazetteer makes each one,
// an 'area' under its city, when a text first names it.

import type { RegionEntry } from './region-entry.ts';

/** Full kind → the shorter ways of writing it. */
const KINDS: Record<string, string[]> = {
  高新技术产业开发区: ['高新技术开发区', '高新区'],
  经济技术开发区: ['经开区'],
  经济开发区: [],
  综合保税区: ['综保区'],
  工业园区: [],
};

const FULL_KIND = new Map<string, string>();
for (const [full, shorter] of Object.entries(KINDS))
  for (const form of [full, ...shorter]) FULL_KIND.set(form, full);

/** A zone's kind as written right after a city: 高新区 in 西安高新区. */
export const ZONE_KIND = new RegExp(
  `^(${[...FULL_KIND.keys()].sort((a, b) => b.length - a.length).join('|')})`,
);

/** The zone of `kind` (as written) in `city`: 西安市 + 高新区 → 西安高新技术产业开发区, form 西安高新区. */
export function zoneIn(city: RegionEntry, kind: string): RegionEntry {
  const full = FULL_KIND.get(kind) ?? kind;
  const short = city.forms.find((f) => city.name.startsWith(f)) ?? city.name;
  const forms = [...new Set([`${short}${kind}`, `${city.name}${kind}`, `${city.name}${full}`])];
  const name = `${short}${full}`;
  return {
    name,
    code: '',
    level: 'area',
    parent: city.name,
    country: city.country,
    forms: forms.filter((f) => f !== name),
  };
}

/** The ways a text names a zone of this kind without its city, once the city has been named. */
export function bareZoneForms(kind: string): string[] {
  const full = FULL_KIND.get(kind) ?? kind;
  return [full, ...(KINDS[full] ?? [])];
}

/** 高新区 alone: a zone named without its city. */
export function isBareZone(form: string): boolean {
  return FULL_KIND.has(form);
}
