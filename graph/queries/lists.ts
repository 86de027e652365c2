import type { EntityType } from '../../core/model.ts';
import type { Read } from './read.ts';
import { type NodeRow, nodeProjection } from './rows.ts';

export interface NodeFilter {
  nameContains?: string | null;
  /** A region key: the agencies in it, its subregions, the metrics about it … */
  region?: string | null;
  includeSubregions?: boolean | null;
}

export type ListedType = Exclude<EntityType, 'Policy'>;

/** How each type touches a region (`place`), for the region filter. */
const REGION_LINK: Record<ListedType, string> = {
  Agency: '(n)-[:LOCATED_IN]->(place:Region)',
  Region: '(n)-[:PART_OF]->(place:Region)',
  Initiative: '(n)<-[:IMPLEMENTS]-(:Policy)-[:APPLIES_TO]->(place:Region)',
  Metric: '(n)-[:MEASURES]->(place:Region)',
};

function listCypher(type: ListedType): string {
  const link = REGION_LINK[type];
  return `MATCH (n:${type})
WHERE ($nameContains IS NULL OR n.name CONTAINS $nameContains OR any(a IN n.aliases WHERE a CONTAINS $nameContains))
  AND ($region IS NULL OR EXISTS { MATCH ${link} WHERE place.key = $region }
       OR ($includeSubregions AND EXISTS { MATCH ${link}-[:PART_OF*1..]->(:Region {key: $region}) }))
RETURN ${nodeProjection('n')} AS node
ORDER BY n.name, n.key
SKIP $offset LIMIT $limit`;
}

const LISTS = {
  Agency: listCypher('Agency'),
  Region: listCypher('Region'),
  Initiative: listCypher('Initiative'),
  Metric: listCypher('Metric'),
} satisfies Record<ListedType, string>;

/** One page of agencies, regions, initiatives or metrics, by name. */
export async function list(
  read: Read,
  type: ListedType,
  filter: NodeFilter,
  offset: number,
  limit: number,
): Promise<NodeRow[]> {
  const rows = await read<{ node: NodeRow }>(LISTS[type], {
    nameContains: filter.nameContains ?? null,
    region: filter.region ?? null,
    includeSubregions: filter.includeSubregions ?? false,
    offset,
    limit,
  });
  return rows.map((row) => row.node);
}
