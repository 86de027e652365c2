// Related-policy scoring: each kind of evidence adds a weight and a reason a reader understands.
// Explicit links weigh most; sharing a whole country (中国) says nothing, so it is not counted.

export const SIGNAL_KINDS = [
  'IMPLEMENTS',
  'IMPLEMENTED_BY',
  'AMENDS',
  'AMENDED_BY',
  'BASED_ON',
  'BASIS_OF',
  'INITIATIVE',
  'ISSUER',
  'REGION',
  'BROADER_REGION',
  'NARROWER_REGION',
  'MEASURE',
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** One structural reason two policies belong together, read from the graph. */
export interface Signal {
  kind: SignalKind;
  /** The initiative, agency, region or metric they share (or the linked policy's name). */
  detail: string;
  /** For regions: the shared region's level (country, province …). */
  level?: string | null;
}

export interface Candidate {
  key: string;
  signals: Signal[];
}

export interface Scored {
  key: string;
  score: number;
  reasons: string[];
}

const WEIGHT: Record<SignalKind, number> = {
  IMPLEMENTS: 1,
  IMPLEMENTED_BY: 1,
  AMENDS: 1,
  AMENDED_BY: 1,
  BASED_ON: 0.8,
  BASIS_OF: 0.8,
  INITIATIVE: 0.6,
  ISSUER: 0.35,
  REGION: 0.3,
  BROADER_REGION: 0.1,
  NARROWER_REGION: 0.1,
  MEASURE: 0.3,
};

const REASON: Record<SignalKind, (detail: string) => string> = {
  IMPLEMENTS: (d) => `实施《${d}》`,
  IMPLEMENTED_BY: (d) => `由《${d}》实施`,
  AMENDS: (d) => `修订《${d}》`,
  AMENDED_BY: (d) => `被《${d}》修订`,
  BASED_ON: (d) => `依据《${d}》`,
  BASIS_OF: (d) => `是《${d}》的依据`,
  INITIATIVE: (d) => `同属${d}`,
  ISSUER: (d) => `同一发文机关：${d}`,
  REGION: (d) => `同一地区：${d}`,
  BROADER_REGION: (d) => `上级地区：${d}`,
  NARROWER_REGION: (d) => `下级地区：${d}`,
  MEASURE: (d) => `同一指标对象：${d}`,
};

/** Counted once per kind at most this many times, so ten shared ministries do not swamp the text. */
const MAX_PER_KIND = 2;
/** Below this cosine similarity, shared words are incidental. */
export const MIN_SIMILARITY = 0.08;
const TEXT_WEIGHT = 1.5;

export function scoreRelated(
  candidates: Candidate[],
  similar: { key: string; similarity: number }[],
  first: number,
): Scored[] {
  const scored = new Map<string, Scored>();
  const entry = (key: string) => {
    const found = scored.get(key) ?? { key, score: 0, reasons: [] };
    scored.set(key, found);
    return found;
  };
  for (const { key, signals } of candidates) {
    const target = entry(key);
    const seen = new Map<SignalKind, number>();
    for (const signal of signals) {
      if (signal.level === 'country') continue;
      const count = seen.get(signal.kind) ?? 0;
      if (count >= MAX_PER_KIND) continue;
      seen.set(signal.kind, count + 1);
      target.score += WEIGHT[signal.kind];
      target.reasons.push(REASON[signal.kind](signal.detail));
    }
  }
  for (const { key, similarity } of similar) {
    if (similarity < MIN_SIMILARITY) continue;
    const target = entry(key);
    target.score += TEXT_WEIGHT * similarity;
    target.reasons.push(`文本相似（${Math.round(similarity * 100)}%）`);
  }
  return [...scored.values()]
    .filter((s) => s.score > 0)
    .map((s) => ({ ...s, score: Math.round(s.score * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
    .slice(0, first);
}
