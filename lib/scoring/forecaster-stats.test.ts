// A forecaster's numbers from several score rows: every average divides by the right count,
// and every "nothing to show" case gives nulls. Values worked out by hand in the comments.
import { describe, expect, test } from "vitest";
import { forecasterStats, summariseRows, totalsOfRows } from "./forecaster-stats";
import type { ScoreRow } from "./score-question";

let seq = 0;
function row(probability: number, outcome: 0 | 1, extra: Partial<ScoreRow> = {}): ScoreRow {
  seq += 1;
  const brier = (probability - outcome) ** 2;
  return {
    forecastId: `f${seq}`,
    forecasterId: "X",
    probability,
    outcome,
    brier,
    logScore: Math.log(outcome === 1 ? probability : 1 - probability),
    brierAtLow: brier,
    brierAtHigh: brier,
    relativeBrier: null,
    bin: Math.floor(probability * 10),
    madeAt: new Date(Date.UTC(2024, 0, seq)),
    ...extra,
  };
}

describe("totalsOfRows", () => {
  test("sums each column over the rows, and the relative Brier over the rows that have one", () => {
    const rows = [
      row(0.8, 1, { relativeBrier: -0.1, brierAtLow: 0.09, brierAtHigh: 0.01 }), // brier 0.04
      row(0.4, 0, { relativeBrier: 0.2 }), // brier 0.16
      row(0.5, 1), // brier 0.25, alone on its question
    ];
    const t = totalsOfRows(rows);
    expect(t.n).toBe(3);
    expect(t.sumBrier).toBeCloseTo(0.45, 12);
    expect(t.sumBrierSquares).toBeCloseTo(0.04 ** 2 + 0.16 ** 2 + 0.25 ** 2, 12); // 0.0897
    expect(t.sumLog).toBeCloseTo(Math.log(0.8) + Math.log(0.6) + Math.log(0.5), 12);
    expect(t.nRelative).toBe(2);
    expect(t.sumRelative).toBeCloseTo(0.1, 12);
    // Best of (0.04, 0.09, 0.01) is 0.01, worst 0.09; the others have no band.
    expect(t.sumBestBrier).toBeCloseTo(0.01 + 0.16 + 0.25, 12);
    expect(t.sumWorstBrier).toBeCloseTo(0.09 + 0.16 + 0.25, 12);
  });

  test("no rows: all sums zero", () => {
    expect(totalsOfRows([])).toEqual({
      n: 0,
      sumBrier: 0,
      sumBrierSquares: 0,
      sumLog: 0,
      nRelative: 0,
      sumRelative: 0,
      sumBestBrier: 0,
      sumWorstBrier: 0,
    });
  });
});

describe("forecasterStats", () => {
  test("no resolved forecasts: every figure is null", () => {
    expect(forecasterStats(totalsOfRows([]))).toEqual({
      resolved: 0,
      brier: null,
      brierInterval: null,
      logScore: null,
      skill: null,
      relativeBrier: null,
      brierRangeUnderScale: null,
    });
  });

  test("averages divide by the number of rows, the relative Brier by the rows that have one", () => {
    // n = 4, sumBrier 0.6 → 0.15; sumLog −2 → −0.5; skill 1 − 0.15/0.25 = 0.4;
    // relative 0.3 over 2 → 0.15; range [0.4/4, 1.2/4] = [0.1, 0.3].
    const stats = forecasterStats({
      n: 4,
      sumBrier: 0.6,
      sumBrierSquares: 0.1,
      sumLog: -2,
      nRelative: 2,
      sumRelative: 0.3,
      sumBestBrier: 0.4,
      sumWorstBrier: 1.2,
    });
    expect(stats.resolved).toBe(4);
    expect(stats.brier).toBeCloseTo(0.15, 12);
    expect(stats.logScore).toBeCloseTo(-0.5, 12);
    expect(stats.skill).toBeCloseTo(0.4, 12);
    expect(stats.relativeBrier).toBeCloseTo(0.15, 12);
    expect(stats.brierRangeUnderScale![0]).toBeCloseTo(0.1, 12);
    expect(stats.brierRangeUnderScale![1]).toBeCloseTo(0.3, 12);
    expect(stats.brierInterval).toBeNull(); // four questions: too few to tell
  });

  test("no shared question: no relative Brier, the rest as usual", () => {
    const stats = forecasterStats({
      n: 2,
      sumBrier: 0.5,
      sumBrierSquares: 0.13,
      sumLog: -1,
      nRelative: 0,
      sumRelative: 0,
      sumBestBrier: 0.5,
      sumWorstBrier: 0.5,
    });
    expect(stats.relativeBrier).toBeNull();
    expect(stats.brier).toBeCloseTo(0.25, 12);
    expect(stats.skill).toBeCloseTo(0, 12);
  });

  test("from five rows on, the mean Brier has its interval", () => {
    // Five rows of Brier 0.04, 0.16, 0.01, 0.09, 0.25: mean 0.11, interval Wilson(0.55 of 5)
    // = [0.016445, 0.477425] (Python, the formula in intervals-table.test.ts).
    const rows = [row(0.8, 1), row(0.4, 0), row(0.9, 1), row(0.3, 0), row(0.5, 1)];
    const { stats } = summariseRows(rows);
    expect(stats.resolved).toBe(5);
    expect(stats.brier).toBeCloseTo(0.11, 12);
    expect(stats.brierInterval![0]).toBeCloseTo(0.016445, 6);
    expect(stats.brierInterval![1]).toBeCloseTo(0.477425, 6);
  });
});

describe("summariseRows", () => {
  test("bins the rows by their probability, with the Murphy terms over those bins", () => {
    // 0.8 YES and 0.85 NO in bin 8; 0.3 NO in bin 3. Base rate 1/3.
    const { calibration, murphy } = summariseRows([row(0.8, 1), row(0.85, 0), row(0.3, 0)]);
    expect(calibration.map((b) => b.n)).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 2, 0]);
    expect(calibration[8].meanForecast).toBeCloseTo(0.825, 12);
    expect(calibration[8].observed).toBeCloseTo(0.5, 12);
    // uncertainty 1/3 · 2/3 = 0.222222
    expect(murphy!.uncertainty).toBeCloseTo(0.222222, 6);
  });

  test("no rows: empty bins and no decomposition", () => {
    const { calibration, murphy } = summariseRows([]);
    expect(calibration).toHaveLength(10);
    expect(calibration.every((b) => b.n === 0)).toBe(true);
    expect(murphy).toBeNull();
  });
});
