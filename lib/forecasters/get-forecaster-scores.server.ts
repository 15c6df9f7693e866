// One forecaster's scores: headline statistics, calibration, Murphy decomposition, and each
// scored forecast's Brier over time. Sums come from SQL; definitions from lib/scoring/.
import { cachedRead } from "../cache/cached-read.server";
import type { Db } from "../db/client.server";
import { queryRows } from "../db/query-rows.server";
import { Prisma } from "../generated/prisma/client";
import { type BinTotals, calibrationBins, murphyDecomposition } from "../scoring/calibration";
import { forecasterStats, ZERO_TOTALS } from "../scoring/forecaster-stats";
import { plainReading } from "../scoring/plain-reading";
import { thinTimeline } from "../scoring/thin-timeline";
import { totalsSql } from "../scoring/totals-sql";
import { z } from "zod";
import { forecasterTotalsRow } from "./totals-row";

/** The chart draws at most this many points (thinTimeline: one a month beyond it). */
const TIMELINE_POINTS = 240;

export async function getForecasterScores(options: { db: Db; forecasterId: string }) {
  const { db, forecasterId } = options;
  return cachedRead({ db, key: `forecaster-scores:${forecasterId}`, load: () => readScores(db, forecasterId) });
}

const binRow = z.object({ bin: z.number().int(), n: z.number().int(), sumForecast: z.number(), yes: z.number().int() }) satisfies z.ZodType<BinTotals>;

async function readScores(db: Db, forecasterId: string) {
  const [totals] = await queryRows({ db, sql: totalsSql({ forecasterIds: [forecasterId] }), row: forecasterTotalsRow, query: "forecaster totals" });
  const bins = await queryRows({
    db,
    row: binRow,
    query: "calibration bins",
    sql: Prisma.sql`
    SELECT bin, count(*)::int AS n, sum(probability)::float8 AS "sumForecast", sum(outcome)::int AS yes
    FROM "Score" WHERE "forecasterId" = ${forecasterId} GROUP BY bin`,
  });
  const timeline = await db.score.findMany({
    where: { forecasterId },
    orderBy: [{ resolvedAt: "asc" }, { questionId: "asc" }],
    select: { questionId: true, brier: true, resolvedAt: true, probability: true, outcome: true, relativeBrier: true },
  });
  const stats = forecasterStats(totals ?? ZERO_TOTALS);
  const murphy = murphyDecomposition(bins);
  return {
    stats: { ...stats, reliability: murphy?.reliability ?? null, resolution: murphy?.resolution ?? null, uncertainty: murphy?.uncertainty ?? null },
    calibration: calibrationBins(bins),
    reading: plainReading(timeline),
    /** Each scored question's Brier by the day its outcome became known (by month when there are many). */
    timeline: thinTimeline(timeline, TIMELINE_POINTS),
  };
}

export type ForecasterScores = Awaited<ReturnType<typeof getForecasterScores>>;
