// Calibration bins at their edges, where floating point decides, and the bins' numbers with
// several forecasts in a bin. Expected values are worked out by hand in the comments.
import { describe, expect, test } from "vitest";
import { BIN_COUNT, binOf, calibrationBins, murphyDecomposition, totalsOf } from "./calibration";
import type { Outcome } from "./scores";

describe("binOf at every edge", () => {
  // A bin holds [k/10, (k+1)/10); 1.0 joins the last bin.
  test.each([
    [0, 0],
    [0.1, 1],
    [0.2, 2],
    [0.3, 3],
    [0.4, 4],
    [0.5, 5],
    [0.6, 6],
    [0.7, 7],
    [0.8, 8],
    [0.9, 9],
    [1, 9],
  ])("p = %s opens bin %s", (p, bin) => {
    expect(binOf(p)).toBe(bin);
  });

  test.each([
    [0.099999, 0],
    [0.199999, 1],
    [0.499999, 4],
    [0.899999, 8],
    [0.999999, 9],
    [0.05, 0],
    [0.15, 1],
    [0.35, 3],
    [0.65, 6],
  ])("p = %s, inside a bin, falls in bin %s", (p, bin) => {
    expect(binOf(p)).toBe(bin);
  });

  // Sums that print as an edge but fall a hair short of it in binary floating point: they
  // belong to the bin the edge opens, as the reader of the number would expect.
  test.each([
    ["1 − 0.9", 1 - 0.9, 1], // 0.09999999999999998
    ["0.7 + 0.1", 0.7 + 0.1, 8], // 0.7999999999999999
    ["0.1 × 3", 0.1 * 3, 3], // 0.30000000000000004
    ["0.6 − 0.3", 0.6 - 0.3, 3], // 0.3
    ["1 − 0.3", 1 - 0.3, 7], // 0.7
    ["0.1 + 0.2", 0.1 + 0.2, 3], // 0.30000000000000004
    ["1 − 0.6", 1 - 0.6, 4], // 0.4
    ["0.15 + 0.05", 0.15 + 0.05, 2], // 0.2
  ])("%s falls in bin %s", (_label, p, bin) => {
    expect(binOf(p as number)).toBe(bin);
  });

  test("numbers that are not probabilities are refused, the ends of [0, 1] are not", () => {
    expect(() => binOf(-0.000001)).toThrow(RangeError);
    expect(() => binOf(1.000001)).toThrow(RangeError);
    expect(() => binOf(Number.NaN)).toThrow("Not a probability: NaN");
    expect(() => binOf(0)).not.toThrow();
    expect(() => binOf(1)).not.toThrow();
  });
});

describe("calibrationBins", () => {
  test("ten bins with their exact edges, empty ones with nulls", () => {
    const bins = calibrationBins([]);
    expect(BIN_COUNT).toBe(10);
    expect(bins.map((b) => [b.lo, b.hi])).toEqual([
      [0, 0.1],
      [0.1, 0.2],
      [0.2, 0.3],
      [0.3, 0.4],
      [0.4, 0.5],
      [0.5, 0.6],
      [0.6, 0.7],
      [0.7, 0.8],
      [0.8, 0.9],
      [0.9, 1],
    ]);
    for (const b of bins) expect(b).toMatchObject({ n: 0, meanForecast: null, observed: null, ciLow: null, ciHigh: null });
  });

  test("a bin given with no forecasts is empty too", () => {
    const bins = calibrationBins([{ bin: 4, n: 0, sumForecast: 0, yes: 0 }]);
    expect(bins[4]).toEqual({ lo: 0.4, hi: 0.5, n: 0, meanForecast: null, observed: null, ciLow: null, ciHigh: null });
  });

  test("several forecasts in a bin: their mean, the share that came true and its Wilson interval", () => {
    // Bin 2: 0.2, 0.25, 0.2 with one YES in three → mean 0.216667, observed 1/3.
    // Bin 7: 0.7, 0.75, 0.7, 0.75 with three YES in four → mean 0.725, observed 0.75.
    // 90% Wilson intervals (z = 1.6448536): 1 of 3 → [0.078266, 0.746466]; 3 of 4 → [0.356168, 0.942093]
    // (see intervals-table.test.ts for the formula).
    const pairs: Array<{ p: number; o: Outcome }> = [
      { p: 0.2, o: 1 },
      { p: 0.25, o: 0 },
      { p: 0.2, o: 0 },
      { p: 0.7, o: 1 },
      { p: 0.75, o: 1 },
      { p: 0.7, o: 0 },
      { p: 0.75, o: 1 },
    ];
    const totals = totalsOf(pairs);
    expect(totals).toHaveLength(10);
    expect(totals[2]).toEqual({ bin: 2, n: 3, sumForecast: 0.2 + 0.25 + 0.2, yes: 1 });
    expect(totals[7]).toEqual({ bin: 7, n: 4, sumForecast: 0.7 + 0.75 + 0.7 + 0.75, yes: 3 });
    expect(totals.filter((t) => t.n > 0).map((t) => t.bin)).toEqual([2, 7]);

    const bins = calibrationBins(totals);
    expect(bins[2].n).toBe(3);
    expect(bins[2].meanForecast).toBeCloseTo(0.216667, 6);
    expect(bins[2].observed).toBeCloseTo(1 / 3, 12);
    expect(bins[2].ciLow).toBeCloseTo(0.078266, 6);
    expect(bins[2].ciHigh).toBeCloseTo(0.746466, 6);
    expect(bins[7].n).toBe(4);
    expect(bins[7].meanForecast).toBeCloseTo(0.725, 12);
    expect(bins[7].observed).toBeCloseTo(0.75, 12);
    expect(bins[7].ciLow).toBeCloseTo(0.356168, 6);
    expect(bins[7].ciHigh).toBeCloseTo(0.942093, 6);
  });

  test("totals may come in any order and leave bins out, as SQL returns them", () => {
    const bins = calibrationBins([
      { bin: 9, n: 2, sumForecast: 1.9, yes: 2 },
      { bin: 0, n: 1, sumForecast: 0.05, yes: 0 },
    ]);
    expect(bins.map((b) => b.n)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(bins[9].meanForecast).toBeCloseTo(0.95, 12);
    expect(bins[0].observed).toBe(0);
  });
});

describe("murphyDecomposition", () => {
  test("is null without forecasts", () => {
    expect(murphyDecomposition([])).toBeNull();
    expect(murphyDecomposition(totalsOf([]))).toBeNull();
  });

  test("several forecasts per bin, computed by hand", () => {
    // Bin 2: 0.2 three times, one YES → f̄ = 0.2, ō = 1/3. Bin 7: 0.7 four times, three YES → f̄ = 0.7, ō = 0.75.
    // N = 7, base rate ō = 4/7.
    // reliability = (3·(0.2 − 1/3)² + 4·(0.7 − 0.75)²)/7 = (0.053333 + 0.01)/7 = 0.009047619
    // resolution  = (3·(1/3 − 4/7)² + 4·(0.75 − 4/7)²)/7 = 0.042517007
    // uncertainty = 4/7 · 3/7 = 0.244897959
    // Brier = (0.64 + 0.04·2 + 0.09·3 + 0.49)/7 = 0.211428571 = 0.009047619 − 0.042517007 + 0.244897959
    const pairs: Array<{ p: number; o: Outcome }> = [
      { p: 0.2, o: 1 },
      { p: 0.2, o: 0 },
      { p: 0.2, o: 0 },
      { p: 0.7, o: 1 },
      { p: 0.7, o: 1 },
      { p: 0.7, o: 1 },
      { p: 0.7, o: 0 },
    ];
    const m = murphyDecomposition(totalsOf(pairs))!;
    expect(m.reliability).toBeCloseTo(0.009047619, 9);
    expect(m.resolution).toBeCloseTo(0.042517007, 9);
    expect(m.uncertainty).toBeCloseTo(0.244897959, 9);
    expect(m.reliability - m.resolution + m.uncertainty).toBeCloseTo(0.211428571, 9);
  });

  test("all forecasts in one bin: no resolution", () => {
    // 0.9 twice, one YES: reliability (0.9 − 0.5)² = 0.16, resolution 0, uncertainty 0.25.
    const m = murphyDecomposition(
      totalsOf([
        { p: 0.9, o: 1 },
        { p: 0.9, o: 0 },
      ]),
    )!;
    expect(m.reliability).toBeCloseTo(0.16, 12);
    expect(m.resolution).toBeCloseTo(0, 12);
    expect(m.uncertainty).toBeCloseTo(0.25, 12);
  });
});
