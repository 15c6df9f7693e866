// Calibration bins and the Murphy decomposition of the Brier score over them. Pure.
import { wilsonInterval } from "./intervals";
import type { Outcome } from "./scores";

export const BIN_COUNT = 10;

/**
 * The bin of a probability: [0, 0.1), [0.1, 0.2), …, [0.9, 1.0]. The 1e-9 guards against
 * floating-point shortfall (10 × 0.3 = 2.9999999999999996 would otherwise land in bin 2);
 * min(9, …) puts p = 1 in the last bin.
 */
export function binOf(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`Not a probability: ${p}`);
  return Math.min(BIN_COUNT - 1, Math.floor(BIN_COUNT * p + 1e-9));
}

/** Per-bin totals, as SQL returns them: count, sum of forecasts, number of YES outcomes. */
export type BinTotals = { bin: number; n: number; sumForecast: number; yes: number };

export type CalibrationBin = {
  lo: number;
  hi: number;
  n: number;
  meanForecast: number | null;
  observed: number | null;
  ciLow: number | null;
  ciHigh: number | null;
};

export function totalsOf(pairs: ReadonlyArray<{ p: number; o: Outcome }>): BinTotals[] {
  const totals = Array.from({ length: BIN_COUNT }, (_, bin) => ({ bin, n: 0, sumForecast: 0, yes: 0 }));
  for (const { p, o } of pairs) {
    const t = totals[binOf(p)];
    t.n += 1;
    t.sumForecast += p;
    t.yes += o;
  }
  return totals;
}

/** All ten bins, empty ones included (with nulls), from whatever totals are given. */
export function calibrationBins(totals: readonly BinTotals[]): CalibrationBin[] {
  return Array.from({ length: BIN_COUNT }, (_, bin) => {
    const t = totals.find((x) => x.bin === bin);
    const lo = bin / BIN_COUNT;
    const hi = (bin + 1) / BIN_COUNT;
    if (!t || t.n === 0) return { lo, hi, n: 0, meanForecast: null, observed: null, ciLow: null, ciHigh: null };
    const ci = wilsonInterval(t.yes, t.n)!;
    return { lo, hi, n: t.n, meanForecast: t.sumForecast / t.n, observed: t.yes / t.n, ciLow: ci[0], ciHigh: ci[1] };
  });
}

export type MurphyDecomposition = { reliability: number; resolution: number; uncertainty: number };

/**
 * Murphy (1973): Brier ≈ reliability − resolution + uncertainty, over the calibration bins.
 * Reliability = Σ nₖ(f̄ₖ − ōₖ)²/N (lower is better), resolution = Σ nₖ(ōₖ − ō)²/N (higher is
 * better), uncertainty = ō(1 − ō). Exact when every forecast in a bin is the same number;
 * otherwise the within-bin spread of forecasts makes up the difference.
 */
export function murphyDecomposition(totals: readonly BinTotals[]): MurphyDecomposition | null {
  const n = totals.reduce((a, t) => a + t.n, 0);
  if (n === 0) return null;
  const base = totals.reduce((a, t) => a + t.yes, 0) / n;
  let reliability = 0;
  let resolution = 0;
  for (const t of totals) {
    if (t.n === 0) continue;
    const f = t.sumForecast / t.n;
    const o = t.yes / t.n;
    reliability += (t.n * (f - o) ** 2) / n;
    resolution += (t.n * (o - base) ** 2) / n;
  }
  return { reliability, resolution, uncertainty: base * (1 - base) };
}
