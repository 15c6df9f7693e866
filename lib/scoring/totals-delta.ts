// What replacing some score rows with others changes in each forecaster's totals (the sums the
// leaderboard reads, ADR 0005): the new rows' contributions less the old ones'. An outcome change
// on a popular question then touches each forecaster's totals by its own rows, instead of summing
// again every row of every forecaster on the question (hundreds of thousands at a million).
import { type ForecasterTotals, ZERO_TOTALS } from "./forecaster-stats";

export type ScoreContribution = {
  forecasterId: string;
  brier: number;
  logScore: number;
  relativeBrier: number | null;
  brierAtLow: number;
  brierAtHigh: number;
};

function add(totals: ForecasterTotals, row: ScoreContribution, sign: 1 | -1): void {
  totals.n += sign;
  totals.sumBrier += sign * row.brier;
  totals.sumBrierSquares += sign * row.brier * row.brier;
  totals.sumLog += sign * row.logScore;
  if (row.relativeBrier !== null) {
    totals.nRelative += sign;
    totals.sumRelative += sign * row.relativeBrier;
  }
  totals.sumBestBrier += sign * Math.min(row.brier, row.brierAtLow, row.brierAtHigh);
  totals.sumWorstBrier += sign * Math.max(row.brier, row.brierAtLow, row.brierAtHigh);
}

/** Per forecaster, the change to their totals; forecasters whose rows did not change are left out. */
export function totalsDelta(options: { removed: readonly ScoreContribution[]; added: readonly ScoreContribution[] }): Map<string, ForecasterTotals> {
  const deltas = new Map<string, ForecasterTotals>();
  const of = (id: string) => {
    const delta = deltas.get(id) ?? { ...ZERO_TOTALS };
    deltas.set(id, delta);
    return delta;
  };
  for (const row of options.removed) add(of(row.forecasterId), row, -1);
  for (const row of options.added) add(of(row.forecasterId), row, 1);
  for (const [id, delta] of deltas) if (Object.values(delta).every((v) => v === 0)) deltas.delete(id);
  return deltas;
}
