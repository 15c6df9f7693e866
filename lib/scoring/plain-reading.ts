// A forecaster's record in terms a reader needs no statistics for: how often they were on the
// right side of 50%, and how their Brier compares with two baselines (always saying 50%, and the
// median forecaster on the same questions). Pure; the verdict rule is forecastVerdict's.
import { forecastVerdict } from "./forecast-verdict";
import { CHANCE_BRIER } from "./scores";

export type ReadingRow = { probability: number; outcome: number; brier: number; relativeBrier: number | null };

export type PlainReading = {
  resolved: number;
  calledIt: number;
  missed: number;
  coinFlips: number;
  brier: number | null;
  /** Always saying 50% scores this on any question. */
  chanceBrier: number;
  /** Questions with another scored forecaster. */
  shared: number;
  /** Their mean Brier and the median forecaster's mean Brier over the shared questions. */
  ownSharedBrier: number | null;
  crowdSharedBrier: number | null;
  betterThanCrowd: number;
  worseThanCrowd: number;
};

const meanOf = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function plainReading(rows: readonly ReadingRow[]): PlainReading {
  const verdicts = rows.map((r) => forecastVerdict({ probability: r.probability, outcome: r.outcome === 1 ? "YES" : "NO" }));
  const shared = rows.filter((r) => r.relativeBrier !== null);
  return {
    resolved: rows.length,
    calledIt: verdicts.filter((v) => v === "called it").length,
    missed: verdicts.filter((v) => v === "missed").length,
    coinFlips: verdicts.filter((v) => v === "coin-flip").length,
    brier: meanOf(rows.map((r) => r.brier)),
    chanceBrier: CHANCE_BRIER,
    shared: shared.length,
    ownSharedBrier: meanOf(shared.map((r) => r.brier)),
    // relativeBrier = own Brier − median Brier on that question, so the median is the difference.
    crowdSharedBrier: meanOf(shared.map((r) => r.brier - r.relativeBrier!)),
    betterThanCrowd: shared.filter((r) => r.relativeBrier! < 0).length,
    worseThanCrowd: shared.filter((r) => r.relativeBrier! > 0).length,
  };
}
