// A forecaster's scores from the totals of their score rows. The database sums; the
// definitions stay here. Pure.
import { type BinTotals, calibrationBins, murphyDecomposition, totalsOf } from "./calibration";
import { brierInterval } from "./intervals";
import type { ScoreRow } from "./score-question";
import { skillScore } from "./scores";

export type ForecasterTotals = {
  n: number;
  sumBrier: number;
  sumBrierSquares: number;
  sumLog: number;
  /** Over the questions with two or more scored forecasters only. */
  nRelative: number;
  sumRelative: number;
  /** Per forecast, the lowest and highest Brier over the band's low end, point and high end. */
  sumBestBrier: number;
  sumWorstBrier: number;
};

/** No score rows at all: the totals every sum starts from. */
export const ZERO_TOTALS: ForecasterTotals = {
  n: 0,
  sumBrier: 0,
  sumBrierSquares: 0,
  sumLog: 0,
  nRelative: 0,
  sumRelative: 0,
  sumBestBrier: 0,
  sumWorstBrier: 0,
};

export type ForecasterStats = {
  resolved: number;
  brier: number | null;
  brierInterval: [number, number] | null;
  logScore: number | null;
  skill: number | null;
  relativeBrier: number | null;
  /** The range the mean Brier could take if every verbal forecast were read anywhere in its band. */
  brierRangeUnderScale: [number, number] | null;
};

export function forecasterStats(t: ForecasterTotals): ForecasterStats {
  if (t.n === 0) {
    return { resolved: 0, brier: null, brierInterval: null, logScore: null, skill: null, relativeBrier: null, brierRangeUnderScale: null };
  }
  const brier = t.sumBrier / t.n;
  return {
    resolved: t.n,
    brier,
    brierInterval: brierInterval({ n: t.n, sum: t.sumBrier, sumSquares: t.sumBrierSquares }),
    logScore: t.sumLog / t.n,
    skill: skillScore(brier),
    relativeBrier: t.nRelative > 0 ? t.sumRelative / t.nRelative : null,
    brierRangeUnderScale: [t.sumBestBrier / t.n, t.sumWorstBrier / t.n],
  };
}

export function totalsOfRows(rows: readonly ScoreRow[]): ForecasterTotals {
  const withRelative = rows.filter((r) => r.relativeBrier !== null);
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    n: rows.length,
    sumBrier: sum(rows.map((r) => r.brier)),
    sumBrierSquares: sum(rows.map((r) => r.brier ** 2)),
    sumLog: sum(rows.map((r) => r.logScore)),
    nRelative: withRelative.length,
    sumRelative: sum(withRelative.map((r) => r.relativeBrier!)),
    sumBestBrier: sum(rows.map((r) => Math.min(r.brier, r.brierAtLow, r.brierAtHigh))),
    sumWorstBrier: sum(rows.map((r) => Math.max(r.brier, r.brierAtLow, r.brierAtHigh))),
  };
}

/** Everything a forecaster's page shows, from score rows in memory (tests, small sets). */
export function summariseRows(rows: readonly ScoreRow[]) {
  const bins: BinTotals[] = totalsOf(rows.map((r) => ({ p: r.probability, o: r.outcome })));
  return { stats: forecasterStats(totalsOfRows(rows)), calibration: calibrationBins(bins), murphy: murphyDecomposition(bins) };
}
