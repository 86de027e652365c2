// The schema's object references, typed once by the rows behind them, so type files can point at
// each other without import cycles. Each type is implemented in its own file.

import type { ImportRun } from '../../core/model.ts';
import { nodesByKeys } from '../../graph/queries/nodes.ts';
import type { ArticleRow, IssueRow, NodeRow } from '../../graph/queries/rows.ts';
import { builder } from '../builder.ts';

/** Loadable: a field of type Node may resolve to a key; the request's loader fetches them together. */
export const NodeRef = builder.loadableInterfaceRef('Node', {
  load: (keys: string[], ctx) => nodesByKeys(ctx.read, keys),
  sort: (row: NodeRow) => row.key,
});
export const AgencyRef = builder.objectRef<NodeRow>('Agency');
export const PolicyRef = builder.objectRef<NodeRow>('Policy');
export const RegionRef = builder.objectRef<NodeRow>('Region');
export const InitiativeRef = builder.objectRef<NodeRow>('Initiative');
export const MetricRef = builder.objectRef<NodeRow>('Metric');
export const ArticleRef = builder.objectRef<ArticleRow>('Article');
export const IssueRef = builder.objectRef<IssueRow>('Issue');
export const ImportRunRef = builder.objectRef<ImportRun>('ImportRun');

export const PolicyConnection = builder.connectionObject(
  { type: PolicyRef, name: 'PolicyConnection', description: '政策文件的一页 / A page of policies.' },
  { name: 'PolicyEdge', description: '分页中的一份政策文件 / A policy in a page.' },
);
