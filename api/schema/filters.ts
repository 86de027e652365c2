import type { NodeFilter } from '../../graph/queries/lists.ts';
import { POLICY_ORDERS, type PolicyFilter } from '../../graph/queries/policies.ts';
import { builder } from '../builder.ts';
import { fromGlobalId } from '../ids.ts';

export const NodeFilterInput = builder.inputType('NodeFilter', {
  description: '列表筛选条件 / Filters for a list of nodes.',
  fields: (t) => ({
    nameContains: t.string({ description: '名称或别名包含 / Name or an alias contains this text.' }),
    region: t.id({ description: '地区（全局 id）/ Only those in this region (global id).' }),
    includeSubregions: t.boolean({ description: '含下级地区 / Also those in its subregions.' }),
  }),
});

export const PolicyFilterInput = builder.inputType('PolicyFilter', {
  description: '政策筛选条件 / Filters for a list of policies.',
  fields: (t) => ({
    nameContains: t.string({ description: '名称或简称包含 / Title or short name contains this text.' }),
    region: t.id({ description: '适用地区（全局 id）/ Applies to this region (global id).' }),
    includeSubregions: t.boolean({
      description: '地区条件含下级地区 / Region conditions also match subregions.',
    }),
    dateFrom: t.string({ description: '不早于（ISO 日期）/ Dated on or after (ISO).' }),
    dateTo: t.string({ description: '不晚于（ISO 日期）/ Dated on or before (ISO).' }),
    docType: t.string({ description: '文种，如 意见、方案 / Document type.' }),
    status: t.string({ description: '状态：draft、consultation、final… / Status.' }),
    issuer: t.id({ description: '发文机关（全局 id）/ Issued by this agency (global id).' }),
    issuerRegion: t.id({
      description: '发文机关所在地区（全局 id）/ Issued by an agency located in this region (global id).',
    }),
  }),
});

export const PolicyOrderEnum = builder.enumType('PolicyOrder', {
  description: '政策排序 / How policies are ordered.',
  values: POLICY_ORDERS,
});

type Input<T> = { [K in keyof T]?: T[K] | null };

export function nodeFilter(input: Input<NodeFilter> | null | undefined): NodeFilter {
  return { ...input, region: optionalKey(input?.region) };
}

export function policyFilter(input: Input<PolicyFilter> | null | undefined): PolicyFilter {
  return {
    ...input,
    region: optionalKey(input?.region),
    issuer: optionalKey(input?.issuer),
    issuerRegion: optionalKey(input?.issuerRegion),
  };
}

function optionalKey(id: string | null | undefined): string | null {
  return id ? fromGlobalId(id) : null;
}
