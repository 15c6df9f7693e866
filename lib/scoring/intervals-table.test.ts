// Exact bounds of the 90% Wilson interval and of the mean-Brier interval, against a table
// computed outside the code. Source of the table: Python 3, math.sqrt, with the formula written
// out as in Wilson (1927):
//   z = 1.6448536269514722 (the 95th percentile of the standard normal), p̂ = successes / n,
//   centre = (p̂ + z²/2n) / (1 + z²/n),
//   half   = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²),
//   bounds = [max(0, centre − half), min(1, centre + half)].
// As an independent check, each bound that is not clipped is a root of the quadratic the
// interval is defined by: (p̂ − π)² = z² π (1 − π) / n.
import { describe, expect, test } from "vitest";
import { brierInterval, MIN_FOR_INTERVAL, momentsOf, wilsonInterval, Z90 } from "./intervals";

const WILSON_90: ReadonlyArray<[successes: number, n: number, low: number, high: number]> = [
  [0, 1, 0, 0.730134051216],
  [1, 1, 0.269865948784, 1],
  [1, 4, 0.0579073212, 0.643831991401],
  [2, 5, 0.142706472019, 0.727516828134],
  [0, 10, 0, 0.212941970083],
  [3, 10, 0.126876583903, 0.55830020413],
  [5, 10, 0.269271821138, 0.730728178862],
  [10, 10, 0.787058029917, 1],
  [7, 20, 0.202260040057, 0.533487311152],
  [50, 100, 0.418847796113, 0.581152203887],
];

describe("wilsonInterval", () => {
  test("z is the two-sided 90% point of the normal distribution", () => {
    expect(Z90).toBeCloseTo(1.644853627, 9);
  });

  test.each(WILSON_90)("%s of %s: [%s, %s]", (successes, n, low, high) => {
    const [lo, hi] = wilsonInterval(successes, n)!;
    expect(lo).toBeCloseTo(low, 10);
    expect(hi).toBeCloseTo(high, 10);
  });

  test.each(WILSON_90)("%s of %s: each bound inside (0, 1) solves (p̂ − π)² = z²π(1 − π)/n", (successes, n) => {
    const phat = successes / n;
    for (const bound of wilsonInterval(successes, n)!) {
      if (bound === 0 || bound === 1) continue;
      expect((phat - bound) ** 2).toBeCloseTo((Z90 * Z90 * bound * (1 - bound)) / n, 12);
    }
  });

  test("another z gives another width: 95% (z = 1.959964) for 3 of 10 is [0.107791, 0.603222]", () => {
    // Same formula, z = 1.959963984540054.
    const [lo, hi] = wilsonInterval(3, 10, 1.959963984540054)!;
    expect(lo).toBeCloseTo(0.107791, 6);
    expect(hi).toBeCloseTo(0.603222, 6);
  });

  test("no interval without observations", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe("momentsOf", () => {
  test("count, sum and sum of squares", () => {
    expect(momentsOf([])).toEqual({ n: 0, sum: 0, sumSquares: 0 });
    expect(momentsOf([1, 2, 3])).toEqual({ n: 3, sum: 6, sumSquares: 14 });
    expect(momentsOf([0.5, 0.25])).toEqual({ n: 2, sum: 0.75, sumSquares: 0.3125 });
  });
});

describe("brierInterval", () => {
  test("starts at five scored questions", () => {
    expect(MIN_FOR_INTERVAL).toBe(5);
    expect(brierInterval({ n: 4, sum: 0.4, sumSquares: 0.04 })).toBeNull();
    expect(brierInterval({ n: 0, sum: 0, sumSquares: 0 })).toBeNull();
    expect(brierInterval({ n: 5, sum: 0.5, sumSquares: 0.05 })).not.toBeNull();
  });

  // The Wilson interval of a "share" equal to the mean Brier, with n the number of scores:
  // mean 0.106 over 5 → Wilson(0.53 of 5); mean 0.2 over 6 → Wilson(1.2 of 6); mean 0.5 over 10 → Wilson(5 of 10).
  test.each([
    [5, 0.53, 0.015405123754, 0.473274678849],
    [6, 1.2, 0.051536542177, 0.534933846606],
    [10, 5, 0.269271821138, 0.730728178862],
  ])("n = %s, sum = %s: [%s, %s]", (n, sum, low, high) => {
    const [lo, hi] = brierInterval({ n, sum, sumSquares: 0 })!;
    expect(lo).toBeCloseTo(low, 10);
    expect(hi).toBeCloseTo(high, 10);
  });

  test("all-perfect and all-worst scores keep a width, inside [0, 1]", () => {
    // Mean 0 over 5 → Wilson(0 of 5) = [0, 0.351117]; mean 1 → [0.648883, 1].
    expect(brierInterval(momentsOf([0, 0, 0, 0, 0]))![0]).toBe(0);
    expect(brierInterval(momentsOf([0, 0, 0, 0, 0]))![1]).toBeCloseTo(0.351117, 6);
    expect(brierInterval(momentsOf([1, 1, 1, 1, 1]))![0]).toBeCloseTo(0.648883, 6);
    expect(brierInterval(momentsOf([1, 1, 1, 1, 1]))![1]).toBe(1);
  });

  test("a sum a hair outside [0, n] from rounding in SQL reads as the end it lies beyond", () => {
    expect(brierInterval({ n: 5, sum: -1e-12, sumSquares: 0 })).toEqual(brierInterval({ n: 5, sum: 0, sumSquares: 0 }));
    expect(brierInterval({ n: 5, sum: 5 + 1e-12, sumSquares: 5 })).toEqual(brierInterval({ n: 5, sum: 5, sumSquares: 5 }));
  });
});
