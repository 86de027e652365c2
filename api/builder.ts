// The Pothos builder, configured once: connections from plugin-relay; batching lives in context.ts.
import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { ApiContext } from './context.ts';

export const builder = new SchemaBuilder<{
  Context: ApiContext;
  DefaultFieldNullability: false;
  Scalars: { ID: { Input: string; Output: string } };
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    // node(id) and nodeByKey(key) are our own (api/schema/node.ts): typed errors for bad ids.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    clientMutationId: 'omit',
    cursorType: 'String',
    pageInfoTypeOptions: { description: '分页信息 / Where a page sits in its list.' },
  },
});

export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

builder.queryType({ description: '政图的查询入口 / Entry points for reading the policy graph.' });
