import { expect, test } from "vitest";
import { totalsDelta } from "./totals-delta";

const row = (forecasterId: string, brier: number, relativeBrier: number | null = null, band?: [number, number]) => ({
  forecasterId,
  brier,
  logScore: -brier, // any number; the delta carries it as it is
  relativeBrier,
  brierAtLow: band ? band[0] : brier,
  brierAtHigh: band ? band[1] : brier,
});

test("a question's rows replaced: each forecaster's totals change by new less old", () => {
  const deltas = totalsDelta({
    removed: [row("ann", 0.04, -0.1), row("bob", 0.64, 0.1)],
    added: [row("ann", 0.36, 0.1, [0.25, 0.49]), row("bob", 0.16, -0.1)],
  });
  const ann = deltas.get("ann")!;
  expect(ann.n).toBe(0);
  expect(ann.sumBrier).toBeCloseTo(0.32, 15);
  expect(ann.sumBrierSquares).toBeCloseTo(0.36 ** 2 - 0.04 ** 2, 15);
  expect(ann.sumLog).toBeCloseTo(-0.32, 15);
  expect(ann.nRelative).toBe(0);
  expect(ann.sumRelative).toBeCloseTo(0.2, 15);
  // Best and worst over the band's ends: 0.25 and 0.49 now, 0.04 both before.
  expect(ann.sumBestBrier).toBeCloseTo(0.25 - 0.04, 15);
  expect(ann.sumWorstBrier).toBeCloseTo(0.49 - 0.04, 15);
  expect(deltas.get("bob")!.sumBrier).toBeCloseTo(-0.48, 15);
});

test("a forecaster who gains or loses a row changes their counts; one whose row is unchanged is left out", () => {
  const deltas = totalsDelta({
    removed: [row("gone", 0.25, 0.05), row("same", 0.09)],
    added: [row("new", 0.81), row("same", 0.09)],
  });
  expect(deltas.get("gone")).toMatchObject({ n: -1, nRelative: -1, sumBrier: -0.25, sumRelative: -0.05 });
  expect(deltas.get("new")).toMatchObject({ n: 1, nRelative: 0, sumBrier: 0.81, sumRelative: 0 });
  expect(deltas.has("same")).toBe(false);
  expect(totalsDelta({ removed: [], added: [] }).size).toBe(0);
});
