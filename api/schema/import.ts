import { timingSafeEqual } from 'node:crypto';
import type { ImportSummary } from '../../graph/import/index.ts';
import { importRunsByKeys } from '../../graph/queries/runs.ts';
import { builder } from '../builder.ts';
import type { ApiContext } from '../context.ts';
import { apiError } from '../errors.ts';
import { ImportRunRef } from './refs.ts';

const MAX_ARTICLES = 100;
const MAX_TEXT = 200_000;

const ArticleInput = builder.inputType('ArticleInput', {
  description: '待导入的一篇文章 / An article to import.',
  fields: (t) => ({
    title: t.string({ required: true, description: '标题 / Title.' }),
    text: t.string({ required: true, description: '正文（纯文本）/ Body, plain text.' }),
    date: t.string({ description: '发布日期（ISO）/ Date (ISO).' }),
    source: t.string({ description: '来源 / Source.' }),
    url: t.string({ description: '原文链接（作为文章标识）/ URL (the article’s identity).' }),
    section: t.string({ description: '栏目 / Section.' }),
  }),
});

const ImportResultRef = builder.objectRef<ImportSummary>('ImportResult').implement({
  description: '导入结果 / What an import did.',
  fields: (t) => ({
    new: t.exposeInt('new', { description: '新文章数 / Articles added.' }),
    updated: t.exposeInt('updated', { description: '更新的文章数 / Articles changed.' }),
    unchanged: t.exposeInt('unchanged', { description: '未变的文章数 / Articles already current.' }),
    failed: t.exposeInt('failed', { description: '失败数 / Articles that failed.' }),
    run: t.field({
      type: ImportRunRef,
      nullable: true,
      description: '这次导入的记录 / The record of this import (see `imports`).',
      resolve: async (s, _, ctx) => (s.run ? ((await importRunsByKeys(ctx.read, [s.run]))[0] ?? null) : null),
    }),
  }),
});

builder.mutationType({ description: '写入操作（需令牌）/ Writes (need the API token).' });

builder.mutationField('importArticles', (t) =>
  t.field({
    type: ImportResultRef,
    description:
      '抽取并导入文章（与 zhengtu import 同一流程；需 Authorization: Bearer $ZHENGTU_API_TOKEN）/ Extract and import articles, as `zhengtu import` does.',
    args: { articles: t.arg({ type: [ArticleInput], required: true, description: '文章 / The articles.' }) },
    resolve: (_, args, ctx) => {
      const importer = authorised(ctx);
      if (args.articles.length === 0 || args.articles.length > MAX_ARTICLES) {
        throw apiError(
          'BAD_USER_INPUT',
          `每次导入 1–${MAX_ARTICLES} 篇 / Import 1 to ${MAX_ARTICLES} articles at a time.`,
        );
      }
      if (args.articles.some((a) => a.text.length > MAX_TEXT)) {
        throw apiError('BAD_USER_INPUT', `正文过长 / An article is longer than ${MAX_TEXT} characters.`);
      }
      return importer(
        args.articles.map((a) => ({
          title: a.title,
          text: a.text,
          date: a.date ?? undefined,
          source: a.source ?? undefined,
          url: a.url ?? undefined,
          section: a.section ?? undefined,
          file: 'graphql',
        })),
      );
    },
  }),
);

/** Imports need ZHENGTU_API_TOKEN set on the server and the same token from the client. */
function authorised(ctx: ApiContext) {
  const expected = process.env.ZHENGTU_API_TOKEN;
  if (!expected || !ctx.importer) {
    throw apiError('FORBIDDEN', '导入已停用 / Imports are disabled: the server has no ZHENGTU_API_TOKEN.');
  }
  const given = Buffer.from(ctx.token ?? '');
  const wanted = Buffer.from(expected);
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
    throw apiError(
      'UNAUTHENTICATED',
      '令牌无效 / Missing or wrong token: send Authorization: Bearer <ZHENGTU_API_TOKEN>.',
    );
  }
  return ctx.importer;
}
