// Documents counted by month, every month between the first and the last present (empty months
// too), so the time axis is linear and a brush over it means a date range.

export interface Bin {
  /** YYYY-MM */
  month: string;
  count: number;
}

export function monthBins(dates: readonly (string | null | undefined)[]): Bin[] {
  const months = dates.filter((d): d is string => /^\d{4}-\d{2}/.test(d ?? '')).map((d) => d.slice(0, 7));
  if (months.length === 0) return [];
  const counts = new Map<string, number>();
  for (const month of months) counts.set(month, (counts.get(month) ?? 0) + 1);
  const sorted = [...counts.keys()].sort();
  const bins: Bin[] = [];
  for (let month = sorted[0] ?? ''; month <= (sorted.at(-1) ?? ''); month = nextMonth(month)) {
    bins.push({ month, count: counts.get(month) ?? 0 });
  }
  return bins;
}

/** The date range a brush from bin `a` to bin `b` (either order) covers. */
export function brushRange(bins: readonly Bin[], a: number, b: number): { from: string; to: string } | null {
  const first = bins[Math.min(a, b)];
  const last = bins[Math.max(a, b)];
  return first && last ? { from: first.month, to: last.month } : null;
}

function nextMonth(month: string): string {
  const [year = 0, m = 0] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}
