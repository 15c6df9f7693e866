import type { Db } from "../db/client.server";
import { cachedRead } from "../cache/cached-read.server";
import { todayUtc } from "../dates";

const VERDICTS_PER_QUESTION = 4;

const questionSummary = { id: true, title: true, deadline: true, status: true, forecastCount: true } as const;

/** What the home page shows: counts, what is due next, what awaits an editor, what was settled last and who called it. */
export async function getOverview(options: { db: Db; now?: Date; limit?: number }) {
  const today = todayUtc(options.now);
  const take = options.limit ?? 5;
  // Counting every forecast is the costly part at a million; it changes only with the data.
  return cachedRead({ db: options.db, key: `overview:${today.toISOString()}:${take}`, load: () => readOverview(options.db, today, take) });
}

async function readOverview(db: Db, today: Date, take: number) {
  const [forecasts, forecasters, sources, statuses, dueSoon, awaiting, awaitingCount, latestOutcomes] = await Promise.all([
    db.forecast.count({ where: { question: { archivedAt: null } } }),
    db.forecaster.count(),
    db.source.count(),
    db.question.groupBy({ by: ["status"], where: { archivedAt: null }, _count: { _all: true } }),
    db.question.findMany({
      where: { status: "OPEN", archivedAt: null, deadline: { gte: today } },
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      take,
      select: questionSummary,
    }),
    db.question.findMany({
      where: { status: "OPEN", archivedAt: null, deadline: { lt: today } },
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      take,
      select: questionSummary,
    }),
    db.question.count({ where: { status: "OPEN", archivedAt: null, deadline: { lt: today } } }),
    db.outcome.findMany({
      where: { replacedAt: null, question: { archivedAt: null } },
      orderBy: [{ resolvedAt: "desc" }, { setAt: "desc" }],
      take,
      select: {
        value: true,
        resolvedAt: true,
        note: true,
        question: {
          select: {
            id: true,
            title: true,
            // The forecasts that count on it, best first: who called it and who missed.
            scores: {
              orderBy: [{ brier: "asc" }, { forecasterId: "asc" }],
              take: VERDICTS_PER_QUESTION,
              select: { probability: true, brier: true, forecast: { select: { id: true, quote: true } }, forecaster: { select: { slug: true, name: true } } },
            },
          },
        },
      },
    }),
  ]);
  const byStatus = Object.fromEntries(statuses.map((s) => [s.status, s._count._all]));
  return {
    counts: {
      forecasts,
      forecasters,
      sources,
      open: byStatus.OPEN ?? 0,
      resolved: byStatus.RESOLVED ?? 0,
      annulled: byStatus.ANNULLED ?? 0,
      awaiting: awaitingCount,
    },
    dueSoon,
    awaiting,
    latestOutcomes,
  };
}
