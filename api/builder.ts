// The Pothos builder, configured once: connections from plugin-relay, per-request batching from
// plugin-dataloader (loadable fields and the loadable Node interface; api/loads.ts).
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { ApiContext } from './context.ts';

export const builder = new SchemaBuilder<{
  Context: ApiContext;
  DefaultFieldNullability: false;
  Scalars: { ID: { Input: string; Output: string } };
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    // node(id) and nodeByKey(key) are our own (api/schema/node.ts): typed errors for bad ids.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    clientMutationId: 'omit',
    cursorType: 'String',
    pageInfoTypeOptions: { description: '分页信息 / Where a page sits in its list.' },
    edgesFieldOptions: { description: '本页各项 / The items of this page.' },
    pageInfoFieldOptions: { description: '分页信息 / Where this page sits.' },
    cursorFieldOptions: {
      description: '游标，传给 after 取下一页 / Cursor: pass it as `after` for what follows.',
    },
    nodeFieldOptions: { description: '该项 / The item.' },
    hasNextPageFieldOptions: { description: '后面还有 / Whether more follow.' },
    hasPreviousPageFieldOptions: { description: '前面还有 / Whether some come before.' },
    startCursorFieldOptions: { description: '首项游标 / Cursor of the first item.' },
    endCursorFieldOptions: { description: '末项游标 / Cursor of the last item.' },
  },
});

export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

builder.queryType({ description: '政图的查询入口 / Entry points for reading the policy graph.' });
