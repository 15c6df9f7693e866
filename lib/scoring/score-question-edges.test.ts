// Which forecast counts at the edges of the rule (the outcome's own day, a tie on the day), the
// fields of a score row, and the small statistics the scores are made of.
import { describe, expect, test } from "vitest";
import { parseIsoDate } from "../dates";
import { countedForecasts, type ForecastForScoring, scoreQuestion } from "./score-question";
import { brierScore, CHANCE_BRIER, LOG_CLAMP, logScore, mean, median, skillScore } from "./scores";

let seq = 0;
function forecast(
  forecasterId: string,
  probability: number,
  madeAt: string,
  loggedSecond = 0,
  band: { low: number; high: number } | null = null,
): ForecastForScoring {
  seq += 1;
  return {
    id: `f${seq}`,
    forecasterId,
    probability,
    madeAt: new Date(madeAt),
    loggedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, loggedSecond)),
    low: band?.low ?? null,
    high: band?.high ?? null,
  };
}
const resolvedAt = parseIsoDate("2024-06-01")!;

describe("countedForecasts", () => {
  test("a forecast made late on the outcome's own day counts; one made just after midnight does not", () => {
    const lateOnTheDay = forecast("X", 0.6, "2024-06-01T23:59:00Z");
    const nextDay = forecast("Y", 0.6, "2024-06-02T00:01:00Z");
    expect(countedForecasts([lateOnTheDay, nextDay], resolvedAt).map((f) => f.id)).toEqual([lateOnTheDay.id]);
  });

  test("of two the same forecaster made, the later one counts, whichever order they come in", () => {
    const morning = forecast("X", 0.2, "2024-05-01T08:00:00Z", 9);
    const evening = forecast("X", 0.7, "2024-05-01T20:00:00Z", 1);
    expect(countedForecasts([morning, evening], resolvedAt).map((f) => f.probability)).toEqual([0.7]);
    expect(countedForecasts([evening, morning], resolvedAt).map((f) => f.probability)).toEqual([0.7]);
  });

  test("made at the same moment: the one logged last counts, whichever order they come in", () => {
    const first = forecast("X", 0.2, "2024-05-01", 1);
    const last = forecast("X", 0.7, "2024-05-01", 2);
    expect(countedForecasts([first, last], resolvedAt).map((f) => f.probability)).toEqual([0.7]);
    expect(countedForecasts([last, first], resolvedAt).map((f) => f.probability)).toEqual([0.7]);
  });

  test("one forecast per forecaster", () => {
    const counted = countedForecasts([forecast("X", 0.2, "2024-05-01"), forecast("Y", 0.3, "2024-05-01"), forecast("X", 0.4, "2024-05-02")], resolvedAt);
    expect(counted.map((f) => [f.forecasterId, f.probability])).toEqual([
      ["X", 0.4],
      ["Y", 0.3],
    ]);
  });
});

describe("scoreQuestion", () => {
  test("a NO outcome scores against 0, and every field of the row is filled", () => {
    const f = forecast("X", 0.3, "2024-05-01");
    const [r] = scoreQuestion({ forecasts: [f], outcome: { value: "NO", resolvedAt } });
    expect(r).toEqual({
      forecastId: f.id,
      forecasterId: "X",
      probability: 0.3,
      outcome: 0,
      brier: brierScore(0.3, 0),
      logScore: Math.log(0.7),
      brierAtLow: brierScore(0.3, 0),
      brierAtHigh: brierScore(0.3, 0),
      relativeBrier: null,
      bin: 3,
      madeAt: f.madeAt,
    });
    expect(r.brier).toBeCloseTo(0.09, 12);
  });

  test("two forecasters: each is compared with the median of the two", () => {
    // Brier 0.01 and 0.25 on a YES: median 0.13, relative −0.12 and +0.12.
    const rows = scoreQuestion({ forecasts: [forecast("X", 0.9, "2024-05-01"), forecast("Y", 0.5, "2024-05-01")], outcome: { value: "YES", resolvedAt } });
    expect(rows.map((r) => r.relativeBrier)).toEqual([expect.closeTo(-0.12, 12), expect.closeTo(0.12, 12)]);
  });

  test("a band's ends are scored on their own", () => {
    const [r] = scoreQuestion({ forecasts: [forecast("X", 0.675, "2024-05-01", 0, { low: 0.55, high: 0.8 })], outcome: { value: "NO", resolvedAt } });
    expect(r.brierAtLow).toBeCloseTo(0.3025, 12);
    expect(r.brierAtHigh).toBeCloseTo(0.64, 12);
    expect(r.bin).toBe(6);
  });
});

describe("the scores", () => {
  test("Brier at the ends and the middle", () => {
    expect(brierScore(1, 1)).toBe(0);
    expect(brierScore(0, 1)).toBe(1);
    expect(brierScore(0.5, 0)).toBe(0.25);
    expect(brierScore(0.2, 0)).toBeCloseTo(0.04, 15);
  });

  test("the log score clamps a certainty to 1% and 99%", () => {
    expect(LOG_CLAMP).toBe(0.01);
    expect(logScore(0, 1)).toBeCloseTo(Math.log(0.01), 12);
    expect(logScore(1, 0)).toBeCloseTo(Math.log(0.01), 12);
    expect(logScore(1, 1)).toBeCloseTo(Math.log(0.99), 12);
    expect(logScore(0, 0)).toBeCloseTo(Math.log(0.99), 12);
    expect(logScore(0.005, 1)).toBeCloseTo(Math.log(0.01), 12);
    expect(logScore(0.995, 1)).toBeCloseTo(Math.log(0.99), 12);
    // Inside the clamp the number is its own: ln 0.3 for a YES at 30%, ln 0.7 for a NO.
    expect(logScore(0.3, 1)).toBeCloseTo(-1.203973, 6);
    expect(logScore(0.3, 0)).toBeCloseTo(-0.356675, 6);
  });

  test("both scores accept 0 and 1 and refuse what lies beyond", () => {
    for (const p of [0, 1]) {
      expect(() => brierScore(p, 1)).not.toThrow();
      expect(() => logScore(p, 1)).not.toThrow();
    }
    for (const p of [-0.01, 1.01, Number.NaN]) {
      expect(() => brierScore(p, 1)).toThrow(RangeError);
      expect(() => logScore(p, 1)).toThrow(RangeError);
    }
    expect(() => brierScore(2, 1)).toThrow("Not a probability: 2");
  });

  test("skill against always saying 50%", () => {
    expect(CHANCE_BRIER).toBe(0.25);
    expect(skillScore(0.1)).toBeCloseTo(0.6, 12);
    expect(skillScore(0.5)).toBeCloseTo(-1, 12);
  });

  test("mean and median over several values, null over none", () => {
    expect(mean([])).toBeNull();
    expect(mean([0.1, 0.2, 0.6])).toBeCloseTo(0.3, 12);
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 4, 2])).toBe(3);
    expect(median([10, 2, 30, 4, 5])).toBe(5);
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]); // the caller's array is left as it was
  });
});
