// The chains a reader traces from a node, fetched with the one small query its type needs and
// flattened into titled lists for the details panel.
import { request } from './api.ts';
import {
  AgencyChainDocument,
  InitiativeChainDocument,
  type NodeType,
  PolicyChainDocument,
  RegionChainDocument,
} from './generated/graphql.ts';
import type { MessageKey } from './i18n.ts';

export interface ChainItem {
  id: string;
  label: string;
  type: NodeType;
  date?: string | null;
}

export interface Chain {
  title: MessageKey;
  items: ChainItem[];
  /** Documents drawn on a time axis. */
  axis: boolean;
}

type Named = { id: string; label: string; date?: string | null };

const as = (type: NodeType) => (list: Named[] | undefined | null) =>
  (list ?? []).map((item) => ({ ...item, type }));
const policies = as('Policy');

export async function chainsOf(id: string, type: NodeType): Promise<Chain[]> {
  const chains = await fetchChains(id, type);
  return chains.filter((chain) => chain.items.length > 0);
}

async function fetchChains(id: string, type: NodeType): Promise<Chain[]> {
  if (type === 'Agency') {
    const found = (await request(AgencyChainDocument, { id })).node;
    const node = found.__typename === 'Agency' ? found : null;
    return [
      { title: 'region', items: as('Region')(node?.region ? [node.region] : []), axis: false },
      { title: 'issued', items: policies(node?.issued?.edges.map((e) => e.node)), axis: true },
    ];
  }
  if (type === 'Policy') {
    const found = (await request(PolicyChainDocument, { id })).node;
    const node = found.__typename === 'Policy' ? found : null;
    return [
      { title: 'issuedBy', items: as('Agency')(node?.issuedBy), axis: false },
      { title: 'implements', items: node?.implements ?? [], axis: false },
      { title: 'implementedBy', items: policies(node?.implementedBy), axis: false },
      { title: 'basedOn', items: policies(node?.basedOn), axis: false },
      {
        title: 'amends',
        items: policies([...(node?.amends ?? []), ...(node?.amendedBy ?? [])]),
        axis: false,
      },
    ];
  }
  if (type === 'Region') {
    const found = (await request(RegionChainDocument, { id })).node;
    const node = found.__typename === 'Region' ? found : null;
    return [
      { title: 'region', items: as('Region')(node?.parent ? [node.parent] : []), axis: false },
      { title: 'agencies', items: as('Agency')(node?.agencies), axis: false },
      { title: 'regionDocuments', items: policies(node?.policies?.edges.map((e) => e.node)), axis: true },
    ];
  }
  if (type === 'Initiative') {
    const found = (await request(InitiativeChainDocument, { id })).node;
    const node = found.__typename === 'Initiative' ? found : null;
    return [{ title: 'implementedBy', items: policies(node?.implementedBy), axis: true }];
  }
  return [];
}
