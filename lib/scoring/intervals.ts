// How uncertain a score or a frequency is. Pure.

/** z for a two-sided 90% interval. */
export const Z90 = 1.6448536269514722;

/** Summary of a sample given as count, sum and sum of squares (what SQL aggregates return). */
export type Moments = { n: number; sum: number; sumSquares: number };

export function momentsOf(values: readonly number[]): Moments {
  return values.reduce((m, v) => ({ n: m.n + 1, sum: m.sum + v, sumSquares: m.sumSquares + v * v }), { n: 0, sum: 0, sumSquares: 0 });
}

/**
 * 90% interval of a mean: mean ± 1.645·s/√n, s the sample standard deviation.
 * Null when n < 2, where no spread can be estimated.
 */
export function meanInterval(m: Moments): [number, number] | null {
  if (m.n < 2) return null;
  const mean = m.sum / m.n;
  // Sum of squared deviations, guarded against rounding below zero.
  const ss = Math.max(0, m.sumSquares - m.n * mean * mean);
  const half = Z90 * Math.sqrt(ss / (m.n - 1) / m.n);
  return [mean - half, mean + half];
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
