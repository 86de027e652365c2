import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES, RELATION_TYPES } from '../../core/model.ts';
import { decodeView, EMPTY_VIEW, encodeView, type View } from '../../web/src/lib/url-state.ts';

// Relay global ids are base64: letters, digits, +, / and =.
const id = fc.stringMatching(/^[A-Za-z0-9+/=]{1,24}$/);
const step = fc.oneof(
  fc.record({ kind: fc.constant('expand' as const), id, relations: fc.subarray([...RELATION_TYPES]) }),
  fc.record({ kind: fc.constant('add' as const), id }),
  fc.record({ kind: fc.constant('path' as const), from: id, to: id }),
  fc.record({ kind: fc.constant('run' as const), id }),
);
const view: fc.Arbitrary<View> = fc.record({
  steps: fc.array(step, { maxLength: 6 }),
  removed: fc.array(id, { maxLength: 3 }),
  hidden: fc.array(id, { maxLength: 3 }),
  pinned: fc.array(id, { maxLength: 3 }),
  filters: fc.record({
    nodeTypes: fc.subarray([...NODE_TYPES]),
    relationTypes: fc.subarray([...RELATION_TYPES]),
    region: fc.constantFrom('', '贵州省', '杭州'),
    from: fc.constantFrom('', '2024-01', '2025-01-13'),
    to: fc.constantFrom('', '2025-12'),
    status: fc.constantFrom('', 'final', 'draft'),
  }),
  layout: fc.constantFrom('fcose' as const, 'dagre' as const),
  lang: fc.constantFrom('zh' as const, 'en' as const),
  selected: fc.option(id, { nil: null }),
});

describe('the view in the URL', () => {
  test.prop([view])('reads back exactly what was written', (written) => {
    expect(decodeView(encodeView(written))).toEqual(written);
  });

  it('keeps a default view out of the URL', () => {
    expect(encodeView(EMPTY_VIEW)).toBe('');
    expect(decodeView('')).toEqual(EMPTY_VIEW);
  });

  it('keeps Chinese filter values readable after decoding', () => {
    const query = encodeView({ ...EMPTY_VIEW, filters: { ...EMPTY_VIEW.filters, region: '贵州省' } });
    expect(new URLSearchParams(query).get('region')).toBe('贵州省');
  });

  it('drops the parts of a mangled link it cannot read and keeps the rest', () => {
    const view = decodeView(
      's=x~UG9saWN5OjE=~ISSUED_BY,NOPE&s=q~1&s=p~only&types=Agency,Cat&layout=circle&lang=fr',
    );
    expect(view.steps).toEqual([{ kind: 'expand', id: 'UG9saWN5OjE=', relations: ['ISSUED_BY'] }]);
    expect(view.filters.nodeTypes).toEqual(['Agency']);
    expect(view.layout).toBe('fcose');
    expect(view.lang).toBe('zh');
  });
});
