import { describe, expect, it } from 'vitest';
import { brushRange, monthBins } from '../../web/src/lib/timeline.ts';

describe('the timeline of documents', () => {
  it('counts documents by month and keeps the empty months in between', () => {
    const bins = monthBins(['2024-11-20', '2025-01-13', '2025-01', null, '2025', 'unknown']);
    expect(bins).toEqual([
      { month: '2024-11', count: 1 },
      { month: '2024-12', count: 0 },
      { month: '2025-01', count: 2 },
    ]);
  });

  it('turns a brush in either direction into a date range', () => {
    const bins = monthBins(['2024-11-20', '2025-01-13']);
    expect(brushRange(bins, 2, 0)).toEqual({ from: '2024-11', to: '2025-01' });
    expect(brushRange([], 0, 1)).toBeNull();
  });
});
