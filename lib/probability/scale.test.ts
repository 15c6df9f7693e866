import { describe, expect, test } from "vitest";
import { type BandKey, bandForProbability, findBand, ICD_203, oppositeBand } from "./scale";

describe("ICD 203 scale", () => {
  test("has the seven bands of the directive, in order, with midpoints as point values", () => {
    expect(ICD_203.bands.map((b) => [b.label, b.low, b.high, b.point])).toEqual([
      ["almost no chance", 0.01, 0.05, 0.03],
      ["very unlikely", 0.05, 0.2, 0.125],
      ["unlikely", 0.2, 0.45, 0.325],
      ["roughly even chance", 0.45, 0.55, 0.5],
      ["likely", 0.55, 0.8, 0.675],
      ["very likely", 0.8, 0.95, 0.875],
      ["almost certain", 0.95, 0.99, 0.97],
    ]);
  });

  test("bands touch: each one starts where the one below ends", () => {
    for (let i = 1; i < ICD_203.bands.length; i++) {
      expect(ICD_203.bands[i].low).toBe(ICD_203.bands[i - 1].high);
    }
  });

  test.each([
    [0, "almost-no-chance"],
    [0.03, "almost-no-chance"],
    [0.05, "very-unlikely"],
    [0.2, "unlikely"],
    [0.5, "roughly-even"],
    [0.55, "likely"],
    [0.8, "very-likely"],
    [0.97, "almost-certain"],
    [1, "almost-certain"],
  ] as const)("probability %s falls in %s", (p, key) => {
    expect(bandForProbability(p).key).toBe(key);
  });

  test("refuses numbers that are not probabilities", () => {
    expect(() => bandForProbability(1.5)).toThrow(RangeError);
    expect(() => bandForProbability(-0.1)).toThrow(RangeError);
    expect(() => bandForProbability(Number.NaN)).toThrow(RangeError);
  });

  test("opposite bands mirror each other around one half", () => {
    for (const band of ICD_203.bands) {
      const opposite = findBand(oppositeBand(band.key));
      expect(opposite.point).toBeCloseTo(1 - band.point, 9);
      expect(oppositeBand(opposite.key)).toBe(band.key);
    }
  });
});

describe("finding bands", () => {
  test("a probability below the lowest band's low end is still in the lowest band", () => {
    expect(bandForProbability(0.005).key).toBe("almost-no-chance");
  });

  test("the errors name what was wrong", () => {
    expect(() => bandForProbability(1.5)).toThrow("Not a probability: 1.5");
    expect(() => findBand("certain" as BandKey)).toThrow('Scale ICD-203 has no band "certain"');
  });

  test("the scale's name, as the scoring page shows it", () => {
    expect(ICD_203.name).toBe("US Intelligence Community Directive 203");
  });
});
