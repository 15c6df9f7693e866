// How uncertain a score or a frequency is. Pure.

/** z for a two-sided 90% interval. */
export const Z90 = 1.6448536269514722;

/** Summary of a sample given as count, sum and sum of squares (what SQL aggregates return). */
export type Moments = { n: number; sum: number; sumSquares: number };

export function momentsOf(values: readonly number[]): Moments {
  return values.reduce((m, v) => ({ n: m.n + 1, sum: m.sum + v, sumSquares: m.sumSquares + v * v }), { n: 0, sum: 0, sumSquares: 0 });
}

/** 90% Wilson score interval for a proportion of `successes` in `n`. Null when n = 0. */
export function wilsonInterval(successes: number, n: number, z = Z90): [number, number] | null {
  if (n === 0) return null;
  const phat = successes / n;
  const z2 = z * z;
  const centre = (phat + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((phat * (1 - phat)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Below this many resolved questions a mean Brier is "too few to tell": no interval is shown. */
export const MIN_FOR_INTERVAL = 5;

/**
 * 90% interval of a mean Brier score (ADR 0012). A Brier score lies in [0, 1], so its variance is at
 * most μ(1 − μ) for mean μ; the Wilson score interval with that bound in place of the sample variance
 * is conservative, never has zero width (all scores alike still leaves room for the next one to
 * differ) and never leaves [0, 1], which mean ± t·s/√n does at small n. Null below MIN_FOR_INTERVAL.
 */
export function brierInterval(m: Moments): [number, number] | null {
  if (m.n < MIN_FOR_INTERVAL) return null;
  const mean = Math.min(1, Math.max(0, m.sum / m.n));
  return wilsonInterval(mean * m.n, m.n);
}
