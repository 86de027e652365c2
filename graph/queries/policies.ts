import type { Read } from './read.ts';
import { type NodeRow, nodeProjection } from './rows.ts';

export interface PolicyFilter {
  nameContains?: string | null;
  /** A region key: policies that apply to it (and, with includeSubregions, to its subregions). */
  region?: string | null;
  includeSubregions?: boolean | null;
  dateFrom?: string | null;
  dateTo?: string | null;
  docType?: string | null;
  status?: string | null;
  /** An agency key */
  issuer?: string | null;
  /** A region key: policies issued by an agency located there (or, with includeSubregions, below). */
  issuerRegion?: string | null;
}

export const POLICY_ORDERS = ['DATE_DESC', 'DATE_ASC', 'NAME'] as const;
export type PolicyOrder = (typeof POLICY_ORDERS)[number];

/** Where a list of policies starts from: the whole graph, an issuer, or a region. */
export const POLICY_ANCHORS = ['all', 'issuer', 'region', 'regionTree'] as const;
export type PolicyAnchor = (typeof POLICY_ANCHORS)[number];

const ANCHOR: Record<PolicyAnchor, string> = {
  all: 'UNWIND [null] AS key MATCH (n:Policy)',
  issuer: 'UNWIND $keys AS key MATCH (:Agency {key: key})<-[:ISSUED_BY]-(n:Policy)',
  region: 'UNWIND $keys AS key MATCH (:Region {key: key})<-[:APPLIES_TO]-(n:Policy)',
  regionTree:
    'UNWIND $keys AS key MATCH (:Region {key: key})<-[:PART_OF*0..]-(:Region)<-[:APPLIES_TO]-(n:Policy) WITH DISTINCT key, n',
};

const ORDER: Record<PolicyOrder, string> = {
  DATE_DESC: 'coalesce(n.date, "") DESC, n.name',
  DATE_ASC: 'coalesce(n.date, "9999") ASC, n.name',
  NAME: 'n.name',
};

const FILTER = `($nameContains IS NULL OR n.name CONTAINS $nameContains OR any(a IN n.aliases WHERE a CONTAINS $nameContains))
  AND ($dateFrom IS NULL OR n.date >= $dateFrom)
  AND ($dateTo IS NULL OR n.date <= $dateTo)
  AND ($docType IS NULL OR n.docType = $docType)
  AND ($status IS NULL OR n.status = $status)
  AND ($issuer IS NULL OR EXISTS { (n)-[:ISSUED_BY]->(:Agency {key: $issuer}) })
  AND ($issuerRegion IS NULL OR EXISTS { (n)-[:ISSUED_BY]->(:Agency)-[:LOCATED_IN]->(:Region {key: $issuerRegion}) }
       OR ($includeSubregions AND EXISTS {
         (n)-[:ISSUED_BY]->(:Agency)-[:LOCATED_IN]->(:Region)-[:PART_OF*1..]->(:Region {key: $issuerRegion}) }))
  AND ($region IS NULL OR EXISTS { (n)-[:APPLIES_TO]->(:Region {key: $region}) }
       OR ($includeSubregions AND EXISTS { (n)-[:APPLIES_TO]->(:Region)-[:PART_OF*1..]->(:Region {key: $region}) }))`;

function policiesCypher(anchor: PolicyAnchor, order: PolicyOrder): string {
  return `${ANCHOR[anchor]}
WHERE ${FILTER}
WITH key, n ORDER BY ${ORDER[order]}
WITH key, collect(n)[$offset..$offset + $limit] AS page
UNWIND page AS n
RETURN key, ${nodeProjection('n')} AS node`;
}

const POLICIES = Object.fromEntries(
  POLICY_ANCHORS.flatMap((anchor) =>
    POLICY_ORDERS.map((order) => [`${anchor}/${order}`, policiesCypher(anchor, order)]),
  ),
) as Record<string, string>;

export interface PolicyPage {
  anchor: PolicyAnchor;
  /** Anchor keys (agency or region keys); ignored for `all`. */
  keys: readonly string[];
  filter: PolicyFilter;
  order: PolicyOrder;
  offset: number;
  limit: number;
}

/** One page of filtered policies for each anchor key (the whole graph's under key null). */
export async function policies(
  read: Read,
  page: PolicyPage,
): Promise<{ key: string | null; node: NodeRow }[]> {
  const { filter } = page;
  return read(POLICIES[`${page.anchor}/${page.order}`] as string, {
    keys: page.keys,
    offset: page.offset,
    limit: page.limit,
    nameContains: filter.nameContains ?? null,
    region: filter.region ?? null,
    includeSubregions: filter.includeSubregions ?? false,
    dateFrom: filter.dateFrom ?? null,
    dateTo: filter.dateTo ?? null,
    docType: filter.docType ?? null,
    status: filter.status ?? null,
    issuer: filter.issuer ?? null,
    issuerRegion: filter.issuerRegion ?? null,
  });
}
