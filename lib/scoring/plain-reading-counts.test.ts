// Counts that differ from one another, so that counting the wrong thing cannot give the same total.
import { expect, test } from "vitest";
import { headToHead } from "./head-to-head";
import { plainReading } from "./plain-reading";

test("a record of three called, one missed and two coin-flips", () => {
  const r = plainReading([
    { probability: 0.9, outcome: 1, brier: 0.01, relativeBrier: null },
    { probability: 0.8, outcome: 1, brier: 0.04, relativeBrier: null },
    { probability: 0.1, outcome: 0, brier: 0.01, relativeBrier: null },
    { probability: 0.7, outcome: 0, brier: 0.49, relativeBrier: null },
    { probability: 0.5, outcome: 0, brier: 0.25, relativeBrier: null },
    { probability: 0.5, outcome: 1, brier: 0.25, relativeBrier: null },
  ]);
  expect(r).toMatchObject({ resolved: 6, calledIt: 3, missed: 1, coinFlips: 2, shared: 0, betterThanCrowd: 0, worseThanCrowd: 0 });
  expect(r.brier).toBeCloseTo(1.05 / 6, 12);
  expect(r.ownSharedBrier).toBeNull();
  expect(r.crowdSharedBrier).toBeNull();
});

test("a NO outcome below 50% is called, above 50% missed", () => {
  const r = plainReading([
    { probability: 0.2, outcome: 0, brier: 0.04, relativeBrier: null },
    { probability: 0.3, outcome: 0, brier: 0.09, relativeBrier: null },
    { probability: 0.6, outcome: 0, brier: 0.36, relativeBrier: null },
  ]);
  expect(r).toMatchObject({ calledIt: 2, missed: 1, coinFlips: 0 });
});

test("head to head: three closer for A, one for B, no ties", () => {
  const { totals, rows } = headToHead([
    { questionId: "q1", brierA: 0.01, brierB: 0.04 },
    { questionId: "q2", brierA: 0.09, brierB: 0.16 },
    { questionId: "q3", brierA: 0.25, brierB: 0.36 },
    { questionId: "q4", brierA: 0.49, brierB: 0.04 },
  ]);
  expect(rows.map((r) => r.closer)).toEqual(["a", "a", "a", "b"]);
  expect(totals).toMatchObject({ shared: 4, aCloser: 3, bCloser: 1, ties: 0 });
  expect(totals.meanBrierA).toBeCloseTo(0.21, 12);
  expect(totals.meanBrierB).toBeCloseTo(0.15, 12);
});

test("head to head: scores equal but for rounding are a tie; a real difference is not", () => {
  const { rows } = headToHead([
    { questionId: "q1", brierA: 0.1 + 0.2, brierB: 0.3 }, // 0.30000000000000004 against 0.3
    { questionId: "q2", brierA: 0.3, brierB: 0.3 + 1e-9 },
    { questionId: "q3", brierA: 0.3 + 1e-9, brierB: 0.3 },
  ]);
  expect(rows.map((r) => r.closer)).toEqual(["tie", "a", "b"]);
});
