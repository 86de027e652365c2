// The record of the imports: `imports` lists the runs newest first, a run gives its counts, its
// refusals, the articles it brought and the graph they state; an article says which runs brought it.
import type { Refusal } from '../../core/model.ts';
import {
  articlesOfRuns,
  importRuns,
  importRunsByKeys,
  runGraph,
  runsOfArticles,
} from '../../graph/queries/runs.ts';
import { builder } from '../builder.ts';
import { capped } from '../errors.ts';
import { fromRunId, toGlobalId } from '../ids.ts';
import { offsetPage } from '../pages.ts';
import { ArticleRef, ImportRunRef } from './refs.ts';
import { MAX_NODES, SubgraphRef } from './subgraph.ts';

const RefusalRef = builder.objectRef<Refusal>('Refusal').implement({
  description: '未导入的输入及原因 / An input a run did not take, and why.',
  fields: (t) => ({
    file: t.exposeString('file', { description: '文件 / The file.' }),
    article: t.exposeString('article', {
      nullable: true,
      description: '文件中的哪篇文章（若只是其中一篇）/ The article, when one of the file’s failed.',
    }),
    reason: t.exposeString('reason', { description: '原因及处理办法 / Why, and what to do.' }),
  }),
});

const count = (description: string) => ({ description });

ImportRunRef.implement({
  description: '一次导入的记录 / The record of one import run.',
  fields: (t) => ({
    id: t.id({ description: '全局 id / Global id.', resolve: (r) => toGlobalId(r.key) }),
    key: t.exposeString('key', { description: '记录键 / Run key.' }),
    command: t.exposeString('command', {
      description: '发起方式（zhengtu import、zhengtu start、importArticles）/ The entry that ran it.',
    }),
    inputs: t.exposeStringList('inputs', { description: '给定的路径 / The paths it was given.' }),
    startedAt: t.exposeString('startedAt', { description: '开始时间（ISO）/ When it started.' }),
    endedAt: t.exposeString('endedAt', {
      nullable: true,
      description: '结束时间；为空表示中断 / When it ended; null when it was interrupted.',
    }),
    files: t.exposeInt('files', count('读取的文件数 / Files read.')),
    new: t.exposeInt('new', count('新文章数 / Articles added.')),
    updated: t.exposeInt('updated', count('更新的文章数 / Articles changed.')),
    unchanged: t.exposeInt('unchanged', count('未变的文章数 / Articles already current.')),
    failed: t.exposeInt('failed', count('失败数 / Inputs refused.')),
    nodesCreated: t.exposeInt('nodesCreated', count('新建节点数 / Nodes created.')),
    relationsCreated: t.exposeInt('relationsCreated', count('新建关系数 / Relations created.')),
    refused: t.field({
      type: [RefusalRef],
      description: '未导入的文件及原因 / The inputs refused, with the reason.',
      resolve: (r) => r.refused,
    }),
    error: t.exposeString('error', {
      nullable: true,
      description: '中途停止的原因 / Why the run stopped short, when it did.',
    }),
    articles: t.connection(
      {
        type: ArticleRef,
        description: '这次带来的文章（新增或更新），最新在前 / The articles it brought (new or changed).',
        resolve: (r, args, ctx) =>
          offsetPage(args, async (offset, limit) => {
            const [row] = await articlesOfRuns(ctx.read, [r.key], offset, limit);
            return row?.articles ?? [];
          }),
      },
      { name: 'RunArticleConnection', description: '文章的一页 / A page of articles.' },
      { name: 'RunArticleEdge', description: '分页中的一篇文章 / An article in a page.' },
    ),
    graph: t.field({
      type: SubgraphRef,
      description:
        '这些文章提到的实体及其间关系，提及最多者优先 / What its articles mention and the relations among them, most mentioned first.',
      args: {
        limit: t.arg.int({
          description: `节点上限（≤${MAX_NODES}）/ At most this many nodes.`,
          defaultValue: 200,
        }),
      },
      resolve: (r, args, ctx) => runGraph(ctx.read, r.key, capped('limit', args.limit ?? 200, MAX_NODES)),
    }),
  }),
});

builder.objectField(ArticleRef, 'importedBy', (t) =>
  t.loadableList({
    type: ImportRunRef,
    description: '带来这篇文章的导入，最新在前 / The import runs that brought it, newest first.',
    load: async (keys: string[], ctx) => {
      const rows = await runsOfArticles(ctx.read, keys);
      return keys.map((key) => rows.filter((row) => row.key === key).map((row) => row.run));
    },
    resolve: (a) => a.key,
  }),
);

builder.queryFields((t) => ({
  imports: t.connection(
    {
      type: ImportRunRef,
      description: '导入记录，最新在前 / The import runs, newest first.',
      resolve: (_, args, ctx) => offsetPage(args, (offset, limit) => importRuns(ctx.read, offset, limit)),
    },
    { name: 'ImportRunConnection', description: '导入记录的一页 / A page of import runs.' },
    { name: 'ImportRunEdge', description: '分页中的一次导入 / An import run in a page.' },
  ),
  importRun: t.field({
    type: ImportRunRef,
    nullable: true,
    description: '一次导入的记录 / One import run, by its id.',
    args: { id: t.arg.id({ required: true, description: '导入记录 id / The run’s id.' }) },
    resolve: async (_, args, ctx) => (await importRunsByKeys(ctx.read, [fromRunId(args.id)]))[0] ?? null,
  }),
}));
