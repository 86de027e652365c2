import { describe, expect, it } from 'vitest';
import { nodeLabel } from '../../core/labels.ts';

describe('a node’s label', () => {
  it('is the name of anything but a figure', () => {
    expect(nodeLabel({ type: 'Policy', name: '贵州省促进行业大模型发展行动方案' })).toBe(
      '贵州省促进行业大模型发展行动方案',
    );
  });

  it('reads a target as what it measures, the value with a spaced Latin unit, the year and 目标', () => {
    const figure = {
      type: 'Metric',
      name: '算力规模',
      value: 150,
      unit: 'EFlops',
      year: 2025,
      kind: 'target',
    } as const;
    expect(nodeLabel(figure)).toBe('算力规模 150 EFlops · 2025 目标');
  });

  it('writes % and Chinese units against the number, and a result without 目标', () => {
    expect(
      nodeLabel({ type: 'Metric', name: '交易额', value: 75, unit: '亿元', year: 2024, kind: 'actual' }),
    ).toBe('交易额 75亿元 · 2024');
    expect(nodeLabel({ type: 'Metric', name: '智算占比', value: 95, unit: '%', year: 2024 })).toBe(
      '智算占比 95% · 2024',
    );
  });

  it('leaves out the year of a figure that has none', () => {
    expect(
      nodeLabel({ type: 'Metric', name: '数据商数量', value: 300, unit: '家', year: null, kind: null }),
    ).toBe('数据商数量 300家');
  });
});
