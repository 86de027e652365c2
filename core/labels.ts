// How a node reads to a person. Most nodes read as their name; a figure reads as what it measures,
// its value with its unit, and the year it is for, marked when it is a target:
// 算力规模 150 EFlops · 2025 目标. Its key (Metric:贵州省·算力规模@2025=150EFlops) is for programs.
// The API's `label` fields are this function, so every view of the explorer reads the same.
import type { NodeType } from './model.ts';

/** What a label is made of: a node's type and name, and a figure's props where it has them. */
export interface LabelParts {
  type: NodeType;
  name: string;
  value?: number | null;
  unit?: string | null;
  year?: number | null;
  kind?: string | null;
}

export function nodeLabel(node: LabelParts): string {
  if (node.type !== 'Metric' || node.value == null) return node.name;
  const unit = node.unit ?? '';
  // 150 EFlops, 20%, 130亿元: a space only before a unit in Latin letters.
  const figure = `${node.value}${/^[A-Za-z]/.test(unit) ? ' ' : ''}${unit}`;
  const when = [node.year, node.kind === 'target' ? '目标' : null].filter((part) => part != null).join(' ');
  return when ? `${node.name} ${figure} · ${when}` : `${node.name} ${figure}`;
}
