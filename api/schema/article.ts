import { toGlobalId } from '../ids.ts';
import { issues } from '../loads.ts';
import { ArticleRef, IssueRef } from './refs.ts';

ArticleRef.implement({
  description: '一篇新闻文章 / A news article the graph was read from.',
  fields: (t) => ({
    id: t.id({ description: '全局 id / Global id.', resolve: (a) => toGlobalId(a.key) }),
    key: t.exposeString('key', { description: '文章键 / Article key.' }),
    title: t.exposeString('title', { description: '标题 / Title.' }),
    date: t.exposeString('date', { nullable: true, description: '发布日期 / Date (ISO).' }),
    section: t.exposeString('section', { nullable: true, description: '栏目，如 国策要论 / Section.' }),
    source: t.exposeString('source', { nullable: true, description: '来源 / Source.' }),
    url: t.exposeString('url', { nullable: true, description: '原文链接 / Original URL.' }),
    issue: t.loadable({
      type: IssueRef,
      nullable: true,
      description: '所在期刊 / The newsletter issue it appeared in.',
      load: (keys: string[], ctx) => issues(ctx, keys),
      resolve: (a) => a.key,
    }),
  }),
});

IssueRef.implement({
  description: '期刊的一期 / A newsletter issue.',
  fields: (t) => ({
    id: t.id({ description: '全局 id / Global id.', resolve: (i) => toGlobalId(i.key) }),
    key: t.exposeString('key', { description: '期刊键 / Issue key.' }),
    name: t.exposeString('name', { description: '名称 / Name.' }),
    publication: t.exposeString('publication', { nullable: true, description: '刊名 / Publication.' }),
    date: t.exposeString('date', { nullable: true, description: '出版日期 / Date.' }),
    number: t.exposeInt('number', { nullable: true, description: '期号 / Number.' }),
    serial: t.exposeInt('serial', { nullable: true, description: '总期号 / Serial number.' }),
  }),
});
