// The gazetteer's region ancestors, which every mentioned region brings into the graph.

import { regionAncestors, regionByName } from '../../importers/extract/gazetteer/regions.ts';
import type { RegionChain } from './rows.ts';

export const gazetteerChain: RegionChain = (name) => {
  const entry = regionByName(name);
  if (!entry) return [];
  return regionAncestors(entry).map((up) => ({ name: up.name, code: up.code || undefined, level: up.level }));
};
