// How graph signals and text similarity combine into one score with reasons.
import { describe, expect, it } from 'vitest';
import { MIN_SIMILARITY, scoreRelated } from '../../../graph/related/score.ts';

describe('scoreRelated', () => {
  it('ranks an explicit implementation above a shared issuer, with both reasons worded', () => {
    const scored = scoreRelated(
      [
        { key: 'Policy:细则', signals: [{ kind: 'IMPLEMENTED_BY', detail: '细则' }] },
        { key: 'Policy:同机关', signals: [{ kind: 'ISSUER', detail: '国家数据局' }] },
      ],
      [],
      5,
    );
    expect(scored.map((s) => s.key)).toEqual(['Policy:细则', 'Policy:同机关']);
    expect(scored[0]?.reasons).toEqual(['由《细则》实施']);
    expect(scored[1]?.reasons).toEqual(['同一发文机关：国家数据局']);
  });

  it('does not count sharing a whole country (中国) as a reason', () => {
    const scored = scoreRelated(
      [{ key: 'Policy:全国', signals: [{ kind: 'REGION', detail: '中国', level: 'country' }] }],
      [],
      5,
    );
    expect(scored).toEqual([]);
  });

  it('adds text similarity above the threshold, in percent', () => {
    const scored = scoreRelated(
      [{ key: 'Policy:同属', signals: [{ kind: 'INITIATIVE', detail: '东数西算工程' }] }],
      [
        { key: 'Policy:同属', similarity: 0.42 },
        { key: 'Policy:无关', similarity: MIN_SIMILARITY / 2 },
      ],
      5,
    );
    expect(scored).toHaveLength(1);
    expect(scored[0]?.reasons).toEqual(['同属东数西算工程', '文本相似（42%）']);
  });

  it('counts at most two signals of one kind', () => {
    const issuers = ['国家发展和改革委员会', '国家数据局', '财政部', '人力资源和社会保障部'];
    const [scored] = scoreRelated(
      [{ key: 'Policy:联合', signals: issuers.map((detail) => ({ kind: 'ISSUER' as const, detail })) }],
      [],
      5,
    );
    expect(scored?.reasons).toHaveLength(2);
  });
});
