// What a first version of the leaderboard would do, kept as the benchmark's baseline: load
// every forecast on a resolved question into JavaScript with its outcome, compute each Brier
// score there, and average and sort per forecaster.
import type { Db } from "../../lib/db/client.server";

export async function naiveLeaderboard(db: Db): Promise<{ forecasterId: string; brier: number; resolved: number }[]> {
  const forecasts = await db.forecast.findMany({
    where: { question: { status: "RESOLVED" } },
    select: { forecasterId: true, probability: true, question: { select: { outcomes: { where: { replacedAt: null }, select: { value: true } } } } },
  });
  const totals = new Map<string, { sum: number; n: number }>();
  for (const forecast of forecasts) {
    const latest = forecast.question.outcomes[0];
    if (!latest || latest.value === "ANNULLED") continue;
    const outcome = latest.value === "YES" ? 1 : 0;
    const total = totals.get(forecast.forecasterId) ?? { sum: 0, n: 0 };
    total.sum += (forecast.probability - outcome) ** 2;
    total.n += 1;
    totals.set(forecast.forecasterId, total);
  }
  return [...totals]
    .map(([forecasterId, { sum, n }]) => ({ forecasterId, brier: sum / n, resolved: n }))
    .sort((a, b) => a.brier - b.brier)
    .slice(0, 50);
}
