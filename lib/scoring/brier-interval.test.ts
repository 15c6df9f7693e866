import { describe, expect, it } from "vitest";
import { brierInterval, MIN_FOR_INTERVAL, momentsOf } from "./intervals";

describe("brierInterval: the interval rule for a mean Brier", () => {
  it("says nothing at n = 1 and n = 2 (too few to tell)", () => {
    expect(brierInterval(momentsOf([0.106]))).toBeNull();
    expect(brierInterval(momentsOf([0.106, 0.106]))).toBeNull();
    expect(brierInterval(momentsOf([0.01, 0.81]))).toBeNull();
  });

  it("starts at the minimum, with a width above zero even when every score is the same", () => {
    const same = Array.from({ length: MIN_FOR_INTERVAL }, () => 0.106);
    expect(brierInterval(momentsOf(same.slice(1)))).toBeNull();
    const [lo, hi] = brierInterval(momentsOf(same))!;
    expect(hi - lo).toBeGreaterThan(0.05);
    expect(lo).toBeLessThan(0.106);
    expect(hi).toBeGreaterThan(0.106);
  });

  it("never leaves [0, 1], even with all-perfect or all-worst scores", () => {
    for (const v of [0, 1]) {
      const [lo, hi] = brierInterval(momentsOf(Array.from({ length: 6 }, () => v)))!;
      expect(lo).toBeGreaterThanOrEqual(0);
      expect(hi).toBeLessThanOrEqual(1);
      expect(hi - lo).toBeGreaterThan(0);
    }
  });

  it("narrows as n grows and holds the mean at large n", () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i % 10) / 20); // mean 0.225
    const [lo, hi] = brierInterval(momentsOf(values))!;
    expect(lo).toBeLessThan(0.225);
    expect(hi).toBeGreaterThan(0.225);
    expect(hi - lo).toBeLessThan(0.05);
    const [lo10, hi10] = brierInterval(momentsOf(values.slice(0, 10)))!;
    expect(hi10 - lo10).toBeGreaterThan(hi - lo);
  });
});
