import { describe, expect, test } from "vitest";
import { brierScore } from "../scoring/scores";
import { useSeededDatabase } from "../test/seeded-database";
import { accuracyExtremes } from "./accuracy-extremes.server";
import { getOverview } from "./get-overview.server";

const t = useSeededDatabase();

describe("the home page's answers", () => {
  test("each latest outcome comes with the forecasts that count on it, closest first, with their quotes", async () => {
    const overview = await getOverview({ db: t.db, now: new Date("2026-11-23T12:00:00Z") });
    const withScores = overview.latestOutcomes.filter((o) => o.question.scores.length > 0);
    expect(withScores.length).toBeGreaterThan(0);
    for (const o of withScores) {
      const briers = o.question.scores.map((s) => s.brier);
      expect(briers).toEqual([...briers].sort((a, b) => a - b));
      for (const s of o.question.scores) {
        expect(s.forecast.quote.length).toBeGreaterThan(0);
        expect(s.brier).toBeCloseTo(brierScore(s.probability, o.value === "YES" ? 1 : 0), 10);
      }
    }
  });

  test("most and least accurate: only forecasters with enough questions, best first, no one in both lists", async () => {
    const { best, worst } = await accuracyExtremes({ db: t.db, minResolved: 2, take: 3 });
    expect(best.length).toBeGreaterThan(0);
    for (const f of [...best, ...worst]) expect(f.stats.resolved).toBeGreaterThanOrEqual(2);
    const briers = best.map((f) => f.stats.brier!);
    expect(briers).toEqual([...briers].sort((a, b) => a - b));
    const worstBriers = worst.map((f) => f.stats.brier!);
    expect(worstBriers).toEqual([...worstBriers].sort((a, b) => b - a));
    expect(worst.every((w) => !best.some((b) => b.id === w.id))).toBe(true);
    if (worst.length > 0) expect(worst[0].stats.brier!).toBeGreaterThanOrEqual(best[best.length - 1].stats.brier!);
    const { best: none } = await accuracyExtremes({ db: t.db, minResolved: 1000, take: 3 });
    expect(none).toEqual([]);
  });
});
