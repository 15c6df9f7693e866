// Proper scores of one probability forecast against a yes/no outcome. Pure.
// Definitions (shown on /about/scoring):
//   Brier = (p − o)², 0 is perfect, 1 is worst.
//   Log score = ln(p′) when o = 1 and ln(1 − p′) when o = 0, p′ = p clamped to [0.01, 0.99];
//   0 is perfect, higher is better.
//   Skill = 1 − Brier / 0.25: against always saying 50%.

export type Outcome = 0 | 1;

export const LOG_CLAMP = 0.01;
/** The Brier score of always saying 50%. */
export const CHANCE_BRIER = 0.25;

function assertProbability(p: number): void {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`Not a probability: ${p}`);
}

export function brierScore(p: number, o: Outcome): number {
  assertProbability(p);
  return (p - o) ** 2;
}

export function logScore(p: number, o: Outcome): number {
  assertProbability(p);
  const clamped = Math.min(1 - LOG_CLAMP, Math.max(LOG_CLAMP, p));
  return Math.log(o === 1 ? clamped : 1 - clamped);
}

export function skillScore(meanBrier: number): number {
  return 1 - meanBrier / CHANCE_BRIER;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
