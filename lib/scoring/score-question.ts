// Which forecasts count on a resolved question, and their scores. Pure.
import { formatIsoDate } from "../dates";
import { binOf } from "./calibration";
import { brierScore, logScore, median, type Outcome } from "./scores";

export type ForecastForScoring = {
  id: string;
  forecasterId: string;
  madeAt: Date;
  loggedAt: Date;
  probability: number;
  /** The band's ends when the number was read from a verbal scale. */
  low: number | null;
  high: number | null;
};

export type OutcomeForScoring = { value: "YES" | "NO" | "ANNULLED"; resolvedAt: Date };

export type ScoreRow = {
  forecastId: string;
  forecasterId: string;
  probability: number;
  outcome: Outcome;
  brier: number;
  logScore: number;
  /** Brier had the number been the band's low or high end (= brier without a band). */
  brierAtLow: number;
  brierAtHigh: number;
  /** Brier minus the median Brier of all scored forecasters here; null with fewer than two. */
  relativeBrier: number | null;
  bin: number;
  madeAt: Date;
};

/**
 * Per forecaster, the latest forecast made on or before the outcome's date (calendar days,
 * UTC); of two made the same day, the one logged last. Later forecasts never count.
 */
export function countedForecasts<F extends ForecastForScoring>(forecasts: readonly F[], resolvedAt: Date): F[] {
  const cutoff = formatIsoDate(resolvedAt);
  const latest = new Map<string, F>();
  for (const f of forecasts) {
    if (formatIsoDate(f.madeAt) > cutoff) continue;
    const best = latest.get(f.forecasterId);
    const later =
      !best || f.madeAt.getTime() > best.madeAt.getTime() || (f.madeAt.getTime() === best.madeAt.getTime() && f.loggedAt.getTime() > best.loggedAt.getTime());
    if (later) latest.set(f.forecasterId, f);
  }
  return [...latest.values()];
}

/** The score rows of one question: none unless its outcome is YES or NO. */
export function scoreQuestion(options: { forecasts: readonly ForecastForScoring[]; outcome: OutcomeForScoring | null }): ScoreRow[] {
  const { outcome } = options;
  if (!outcome || outcome.value === "ANNULLED") return [];
  const o: Outcome = outcome.value === "YES" ? 1 : 0;
  const rows = countedForecasts(options.forecasts, outcome.resolvedAt).map((f) => {
    const brier = brierScore(f.probability, o);
    return {
      forecastId: f.id,
      forecasterId: f.forecasterId,
      probability: f.probability,
      outcome: o,
      brier,
      logScore: logScore(f.probability, o),
      brierAtLow: f.low === null ? brier : brierScore(f.low, o),
      brierAtHigh: f.high === null ? brier : brierScore(f.high, o),
      relativeBrier: null as number | null,
      bin: binOf(f.probability),
      madeAt: f.madeAt,
    };
  });
  if (rows.length >= 2) {
    const crowd = median(rows.map((r) => r.brier))!;
    for (const r of rows) r.relativeBrier = r.brier - crowd;
  }
  return rows;
}
