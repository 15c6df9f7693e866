// The scoring definitions, checked on a hand-computed example and by properties.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseIsoDate } from "../dates";
import { binOf, calibrationBins, murphyDecomposition, totalsOf } from "./calibration";
import { summariseRows } from "./forecaster-stats";
import { wilsonInterval } from "./intervals";
import { countedForecasts, type ForecastForScoring, scoreQuestion } from "./score-question";
import { brierScore, logScore, median, type Outcome, skillScore } from "./scores";

const day = (iso: string) => parseIsoDate(iso)!;
let seq = 0;
function forecast(forecasterId: string, probability: number, madeAt = "2024-01-01", extra: Partial<ForecastForScoring> = {}): ForecastForScoring {
  seq += 1;
  return {
    id: `f${seq}`,
    forecasterId,
    probability,
    madeAt: day(madeAt),
    loggedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, seq)),
    low: null,
    high: null,
    ...extra,
  };
}

describe("a worked example, computed by hand", () => {
  // Question A resolves YES, B resolves NO, C resolves YES; all on 2024-06-01.
  //
  // | question | forecaster | p    | o | Brier | ln score             | median Brier | relative |
  // |----------|------------|------|---|-------|----------------------|--------------|----------|
  // | A        | X          | 0.8  | 1 | 0.04  | ln 0.8  = −0.223144  | 0.16         | −0.12    |
  // | A        | Y          | 0.3  | 1 | 0.49  | ln 0.3  = −1.203973  | 0.16         | +0.33    |
  // | A        | Z          | 0.6  | 1 | 0.16  | ln 0.6  = −0.510826  | 0.16         |  0       |
  // | B        | X          | 0.1  | 0 | 0.01  | ln 0.9  = −0.105361  | 0.25         | −0.24    |
  // | B        | Y          | 0.7  | 0 | 0.49  | ln 0.3  = −1.203973  | 0.25         | +0.24    |
  // | C        | X          | 1.0  | 1 | 0     | ln 0.99 = −0.010050  | (alone)      | none     |
  //
  // X: Brier (0.04 + 0.01 + 0)/3 = 0.016667, log −0.112851, skill 1 − 0.016667/0.25 = 0.933333,
  //    relative (−0.12 − 0.24)/2 = −0.18; no interval below five questions.
  //    Bins: 0.1 → 1 (NO), 0.8 → 8 (YES), 1.0 → 9 (YES). Base rate 2/3.
  //    Reliability (0.1² + 0.2² + 0²)/3 = 0.016667; resolution ((2/3)² + 2·(1/3)²)/3 = 0.222222;
  //    uncertainty 2/3 · 1/3 = 0.222222; 0.016667 − 0.222222 + 0.222222 = the Brier.
  // Y: Brier 0.49, log −1.203973, skill −0.96, relative (0.33 + 0.24)/2 = 0.285; no interval (too few).
  // Scored inside each test, not while the file is collected: a mistake in scoring then fails
  // these tests instead of failing the whole file before any test runs (which Stryker's Vitest
  // runner does not count as a failure).
  const resolved = day("2024-06-01");
  const scored = () => [
    ...scoreQuestion({ forecasts: [forecast("X", 0.8), forecast("Y", 0.3), forecast("Z", 0.6)], outcome: { value: "YES", resolvedAt: resolved } }),
    ...scoreQuestion({ forecasts: [forecast("X", 0.1), forecast("Y", 0.7)], outcome: { value: "NO", resolvedAt: resolved } }),
    ...scoreQuestion({ forecasts: [forecast("X", 1)], outcome: { value: "YES", resolvedAt: resolved } }),
  ];
  const rowsOf = (who: string) => scored().filter((r) => r.forecasterId === who);

  test("per forecast: Brier, log score and relative Brier", () => {
    const table = scored().map((r) => [r.forecasterId, r.probability, r.outcome, r.brier, r.logScore, r.relativeBrier]);
    const expected = [
      ["X", 0.8, 1, 0.04, -0.223144, -0.12],
      ["Y", 0.3, 1, 0.49, -1.203973, 0.33],
      ["Z", 0.6, 1, 0.16, -0.510826, 0],
      ["X", 0.1, 0, 0.01, -0.105361, -0.24],
      ["Y", 0.7, 0, 0.49, -1.203973, 0.24],
      ["X", 1, 1, 0, -0.01005, null],
    ];
    expect(table).toHaveLength(expected.length);
    table.forEach((row, i) => {
      expect(row.slice(0, 3)).toEqual(expected[i].slice(0, 3));
      expect(row[3]).toBeCloseTo(expected[i][3] as number, 10);
      expect(row[4]).toBeCloseTo(expected[i][4] as number, 5);
      if (expected[i][5] === null) expect(row[5]).toBeNull();
      else expect(row[5]).toBeCloseTo(expected[i][5] as number, 10);
    });
  });

  test("per forecaster: mean Brier with its interval, log score, skill, relative Brier, Murphy terms", () => {
    const x = summariseRows(rowsOf("X"));
    expect(x.stats.resolved).toBe(3);
    expect(x.stats.brier).toBeCloseTo(0.016667, 6);
    expect(x.stats.logScore).toBeCloseTo(-0.112851, 6);
    expect(x.stats.skill).toBeCloseTo(0.933333, 6);
    expect(x.stats.relativeBrier).toBeCloseTo(-0.18, 10);
    expect(x.stats.brierInterval).toBeNull(); // three scored questions: too few to tell
    expect(x.murphy!.reliability).toBeCloseTo(0.016667, 6);
    expect(x.murphy!.resolution).toBeCloseTo(0.222222, 6);
    expect(x.murphy!.uncertainty).toBeCloseTo(0.222222, 6);
    expect(x.calibration.filter((bin) => bin.n > 0).map((bin) => [bin.lo, bin.n, bin.observed])).toEqual([
      [0.1, 1, 0],
      [0.8, 1, 1],
      [0.9, 1, 1],
    ]);

    const y = summariseRows(rowsOf("Y"));
    expect(y.stats.brier).toBeCloseTo(0.49, 10);
    expect(y.stats.skill).toBeCloseTo(-0.96, 10);
    expect(y.stats.relativeBrier).toBeCloseTo(0.285, 10);
    expect(y.stats.brierInterval).toBeNull();

    const z = summariseRows(rowsOf("Z"));
    expect(z.stats.brierInterval).toBeNull(); // one scored question: no spread to estimate
    expect(summariseRows([]).stats).toMatchObject({ resolved: 0, brier: null, relativeBrier: null });
  });
});

describe("which forecast counts", () => {
  test("the latest made on or before the outcome's date; ties go to the one logged last; later ones never count", () => {
    const early = forecast("X", 0.2, "2024-01-01");
    const sameDayFirst = forecast("X", 0.3, "2024-05-01");
    const sameDayLast = forecast("X", 0.4, "2024-05-01");
    const onTheDay = forecast("Y", 0.5, "2024-06-01");
    const after = forecast("Y", 0.9, "2024-06-02");
    const onlyAfter = forecast("Z", 0.9, "2024-06-03");
    const counted = countedForecasts([sameDayLast, early, onTheDay, sameDayFirst, after, onlyAfter], day("2024-06-01"));
    expect(counted.map((f) => f.id).sort()).toEqual([sameDayLast.id, onTheDay.id].sort());
  });

  test("open and annulled questions are not scored", () => {
    expect(scoreQuestion({ forecasts: [forecast("X", 0.3)], outcome: null })).toEqual([]);
    expect(scoreQuestion({ forecasts: [forecast("X", 0.3)], outcome: { value: "ANNULLED", resolvedAt: day("2024-01-02") } })).toEqual([]);
  });

  test("a verbal forecast is also scored at its band's ends", () => {
    const [row] = scoreQuestion({
      forecasts: [forecast("X", 0.125, "2024-01-01", { low: 0.05, high: 0.2 })],
      outcome: { value: "YES", resolvedAt: day("2024-02-01") },
    });
    expect(row.brier).toBeCloseTo(0.765625, 12);
    expect(row.brierAtLow).toBeCloseTo(0.9025, 12);
    expect(row.brierAtHigh).toBeCloseTo(0.64, 12);
    expect(summariseRows([row]).stats.brierRangeUnderScale).toEqual([row.brierAtHigh, row.brierAtLow]);
  });
});

describe("calibration bins", () => {
  test.each([
    [0, 0],
    [0.1, 1],
    [0.15, 1],
    [0.3, 3],
    [0.35, 3],
    [0.7, 7],
    [0.9999, 9],
    [1, 9],
  ])("p = %s falls in bin %s", (p, bin) => {
    expect(binOf(p)).toBe(bin);
  });

  test("every probability falls in exactly one bin, the one whose range holds it", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (p) => {
        const bins = calibrationBins(totalsOf([{ p, o: 1 }]));
        const holding = bins.filter((b) => b.n === 1);
        expect(holding).toHaveLength(1);
        const [bin] = holding;
        // Within 1e-9 of the edges, where floating point decides; 1.0 belongs to the last bin.
        expect(p).toBeGreaterThanOrEqual(bin.lo - 1e-9);
        expect(p < bin.hi || (p === 1 && bin.hi === 1)).toBe(true);
      }),
    );
  });

  test("counts, means and frequencies add up to the forecasts given", () => {
    const pair = fc.record({ p: fc.double({ min: 0, max: 1, noNaN: true }), o: fc.constantFrom<Outcome>(0, 1) });
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 60 }), (pairs) => {
        const bins = calibrationBins(totalsOf(pairs));
        expect(bins).toHaveLength(10);
        expect(bins.reduce((a, b) => a + b.n, 0)).toBe(pairs.length);
        for (const b of bins.filter((x) => x.n > 0)) {
          expect(b.meanForecast!).toBeGreaterThanOrEqual(b.lo - 1e-9);
          expect(b.meanForecast!).toBeLessThanOrEqual(b.hi + 1e-9);
          expect(b.ciLow!).toBeLessThanOrEqual(b.observed! + 1e-12);
          expect(b.ciHigh!).toBeGreaterThanOrEqual(b.observed! - 1e-12);
        }
      }),
    );
  });

  test("the Murphy terms add up to the Brier score when each bin holds one value", () => {
    const centres = fc.integer({ min: 0, max: 9 }).map((bin) => bin / 10 + 0.05);
    const pair = fc.record({ p: centres, o: fc.constantFrom<Outcome>(0, 1) });
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 60 }), (pairs) => {
        const m = murphyDecomposition(totalsOf(pairs))!;
        const brier = pairs.reduce((a, { p, o }) => a + brierScore(p, o), 0) / pairs.length;
        expect(m.reliability - m.resolution + m.uncertainty).toBeCloseTo(brier, 10);
        expect(m.reliability).toBeGreaterThanOrEqual(0);
        expect(m.uncertainty).toBeLessThanOrEqual(0.25);
      }),
    );
  });
});

describe("properties of the scores", () => {
  const probability = fc.double({ min: 0, max: 1, noNaN: true });
  const outcome = fc.constantFrom<Outcome>(0, 1);

  test("Brier lies in [0, 1]; the log score in [ln 0.01, 0]", () => {
    fc.assert(
      fc.property(probability, outcome, (p, o) => {
        expect(brierScore(p, o)).toBeGreaterThanOrEqual(0);
        expect(brierScore(p, o)).toBeLessThanOrEqual(1);
        expect(logScore(p, o)).toBeLessThanOrEqual(0);
        expect(logScore(p, o)).toBeGreaterThanOrEqual(Math.log(0.01) - 1e-12);
      }),
    );
  });

  test("both scores are proper in direction: moving towards the outcome never makes them worse", () => {
    fc.assert(
      fc.property(probability, probability, outcome, (p, q, o) => {
        const [far, near] = Math.abs(p - o) >= Math.abs(q - o) ? [p, q] : [q, p];
        expect(brierScore(near, o)).toBeLessThanOrEqual(brierScore(far, o));
        expect(logScore(near, o)).toBeGreaterThanOrEqual(logScore(far, o));
      }),
    );
  });

  test("scores do not depend on the order of the forecasts", () => {
    const item = fc.record({ forecaster: fc.constantFrom("A", "B", "C", "D"), p: probability, day: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 12 }), outcome, fc.integer(), (items, o, seed) => {
        const forecasts = items.map((it, i) => ({
          id: `f${i}`,
          forecasterId: it.forecaster,
          probability: it.p,
          low: null,
          high: null,
          madeAt: day(`2024-02-${String(it.day).padStart(2, "0")}`),
          loggedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, i)),
        }));
        const shuffled = [...forecasts].sort((x, y) => ((x.id.charCodeAt(1) * seed) % 7) - ((y.id.charCodeAt(1) * seed) % 7));
        const outcomeOf = { value: o === 1 ? ("YES" as const) : ("NO" as const), resolvedAt: day("2024-02-20") };
        const key = (rows: ReturnType<typeof scoreQuestion>) => rows.map((r) => `${r.forecastId}:${r.brier}:${r.relativeBrier}`).sort();
        const one = scoreQuestion({ forecasts, outcome: outcomeOf });
        expect(key(scoreQuestion({ forecasts: shuffled, outcome: outcomeOf }))).toEqual(key(one));
        const stats = summariseRows(one).stats;
        const reversed = summariseRows([...one].reverse()).stats;
        if (stats.brier !== null) expect(reversed.brier!).toBeCloseTo(stats.brier, 12);
      }),
    );
  });

  test("the Wilson interval stays within [0, 1] and holds the observed frequency", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const yes = Math.round(share * n);
        const [lo, hi] = wilsonInterval(yes, n)!;
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi).toBeLessThanOrEqual(1);
        expect(lo).toBeLessThanOrEqual(yes / n + 1e-12);
        expect(hi).toBeGreaterThanOrEqual(yes / n - 1e-12);
      }),
    );
    // A known value: 0 of 10 gives [0, z²/(n+z²)] = [0, 0.2129].
    expect(wilsonInterval(0, 10)![1]).toBeCloseTo(0.212943, 5);
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  test("skill is 0 at the chance Brier and 1 at a perfect one; median of an even count averages the middle", () => {
    expect(skillScore(0.25)).toBe(0);
    expect(skillScore(0)).toBe(1);
    expect(median([0.49, 0.01])).toBeCloseTo(0.25, 12);
    expect(median([3, 1, 2])).toBe(2);
  });

  test("refuses numbers that are not probabilities", () => {
    expect(() => brierScore(1.5, 1)).toThrow(RangeError);
    expect(() => logScore(-0.1, 0)).toThrow(RangeError);
    expect(() => binOf(Number.NaN)).toThrow(RangeError);
  });
});
