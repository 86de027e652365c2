import { NODE_TYPES, type NodeType, RELATION_TYPES, type RelationType } from '../../core/model.ts';
import { builder } from '../builder.ts';

const NODE_TYPE_TEXT: Record<NodeType, string> = {
  Agency: '机构：发文、发布或牵头的单位 / A body that issues or publishes',
  Policy: '政策文件：法规、办法、方案、意见、报告… / A named document',
  Region: '地区：行政区或国家 / An administrative area or country',
  Initiative: '工程、计划、试点等 / A named programme, project or pilot',
  Metric: '指标：目标或实际数值 / A quantitative target or result',
  Article: '文章 / A news article',
  Issue: '期刊的一期 / A newsletter issue',
};

const RELATION_TYPE_TEXT: Record<RelationType, string> = {
  ISSUED_BY: '发文机关 / Policy → the agency that issued it',
  APPLIES_TO: '适用地区 / Policy → the region it governs',
  IMPLEMENTS: '实施 / Policy → the initiative or policy it carries out',
  AMENDS: '修订 / Policy → the policy it revises',
  BASED_ON: '依据 / Policy → its legal basis',
  SETS_TARGET: '设定目标 / Policy → a target figure it sets',
  MEASURES: '衡量对象 / Metric → what the figure is about',
  LOCATED_IN: '所在地区 / Agency → its jurisdiction',
  PART_OF: '隶属 / Region → the region it is part of',
};

export const NodeTypeEnum = builder.enumType('NodeType', {
  description: '节点类型 / The kinds of node in the graph.',
  values: Object.fromEntries(
    NODE_TYPES.map((t) => [t, { value: t, description: NODE_TYPE_TEXT[t] }]),
  ) as Record<NodeType, { value: NodeType; description: string }>,
});

export const RelationTypeEnum = builder.enumType('RelationType', {
  description: '关系类型 / The kinds of extracted relation.',
  values: Object.fromEntries(
    RELATION_TYPES.map((t) => [t, { value: t, description: RELATION_TYPE_TEXT[t] }]),
  ) as Record<RelationType, { value: RelationType; description: string }>,
});
