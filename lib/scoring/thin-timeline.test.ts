import { expect, test } from "vitest";
import { thinTimeline } from "./thin-timeline";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

test("a short timeline is kept point by point", () => {
  const points = [
    { resolvedAt: day("2024-01-03"), brier: 0.1 },
    { resolvedAt: day("2024-01-20"), brier: 0.3 },
  ];
  expect(thinTimeline(points, 2)).toEqual([
    { resolvedAt: day("2024-01-03"), brier: 0.1, n: 1 },
    { resolvedAt: day("2024-01-20"), brier: 0.3, n: 1 },
  ]);
});

test("a long one becomes one point per month: the month's mean, with how many it holds, in order", () => {
  const points = [
    { resolvedAt: day("2024-03-31"), brier: 0.5 },
    { resolvedAt: day("2024-01-03"), brier: 0.1 },
    { resolvedAt: day("2024-01-31"), brier: 0.3 },
    { resolvedAt: day("2024-01-15"), brier: 0.2 },
  ];
  const thinned = thinTimeline(points, 3);
  expect(thinned.map((p) => [p.resolvedAt.toISOString().slice(0, 10), p.n])).toEqual([
    ["2024-01-01", 3],
    ["2024-03-01", 1],
  ]);
  expect(thinned[0].brier).toBeCloseTo(0.2, 12);
  expect(thinned[1].brier).toBe(0.5);
  // Weighted by n, the thinned points keep the overall mean.
  const mean = thinned.reduce((s, p) => s + p.brier * p.n, 0) / thinned.reduce((s, p) => s + p.n, 0);
  expect(mean).toBeCloseTo((0.5 + 0.1 + 0.3 + 0.2) / 4, 12);
});
