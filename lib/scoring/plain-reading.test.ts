import { describe, expect, it } from "vitest";
import { plainReading } from "./plain-reading";

describe("plainReading", () => {
  it("counts the right side of 50%, coin-flips apart, and compares with the median forecaster on shared questions", () => {
    const r = plainReading([
      { probability: 0.9, outcome: 1, brier: 0.01, relativeBrier: -0.2 }, // median forecaster 0.21
      { probability: 0.2, outcome: 0, brier: 0.04, relativeBrier: 0 }, // the median itself: a tie
      { probability: 0.7, outcome: 0, brier: 0.49, relativeBrier: 0.3 }, // median 0.19
      { probability: 0.5, outcome: 1, brier: 0.25, relativeBrier: null }, // alone on it
    ]);
    expect(r).toMatchObject({ resolved: 4, calledIt: 2, missed: 1, coinFlips: 1, shared: 3, betterThanCrowd: 1, worseThanCrowd: 1, chanceBrier: 0.25 });
    expect(r.brier).toBeCloseTo(0.1975, 10);
    expect(r.ownSharedBrier).toBeCloseTo((0.01 + 0.04 + 0.49) / 3, 10);
    expect(r.crowdSharedBrier).toBeCloseTo((0.21 + 0.04 + 0.19) / 3, 10);
  });

  it("has no means without rows or shared questions", () => {
    expect(plainReading([])).toMatchObject({ resolved: 0, brier: null, shared: 0, ownSharedBrier: null, crowdSharedBrier: null });
  });
});
