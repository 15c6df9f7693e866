// The leaderboard: every forecaster with scored forecasts, ranked by one score. The database
// sums the score rows (one per forecaster and scored question, ADR 0005); the scores
// themselves are computed from those sums by lib/scoring/forecaster-stats.ts.
import { cachedRead } from "../cache/cached-read.server";
import type { Db } from "../db/client.server";
import { queryRows } from "../db/query-rows.server";
import { countForecastsBy } from "../forecasts/count-forecasts.server";
import { Prisma } from "../generated/prisma/client";
import { type ForecasterStats, forecasterStats } from "../scoring/forecaster-stats";
import { isUnfiltered, totalsSql } from "../scoring/totals-sql";
import { type ForecasterKind, forecasterKind } from "../validation/fields";
import { z } from "zod";
import type { LeaderboardQuery, LeaderboardSort } from "./leaderboard-query";
import { forecasterTotalsRow } from "./totals-row";

export const PAGE_SIZE = 50;

const ORDER: Record<LeaderboardSort, Prisma.Sql> = {
  brier: Prisma.sql`t."sumBrier" / t.n ASC`,
  relative: Prisma.sql`t."sumRelative" / NULLIF(t."nRelative", 0) ASC NULLS LAST`,
  log: Prisma.sql`t."sumLog" / t.n DESC`,
  resolved: Prisma.sql`t.n DESC, t."sumBrier" / t.n ASC`,
};

export type RankedForecaster = {
  id: string;
  slug: string;
  name: string;
  kind: ForecasterKind;
  /** Position among ranked forecasters; null below the minimum. */
  rank: number | null;
  stats: ForecasterStats;
};

const row = forecasterTotalsRow.extend({ id: z.string(), slug: z.string(), name: z.string(), kind: forecasterKind, ranked: z.boolean() });

export async function rankForecasters(options: { db: Db; query: LeaderboardQuery; minResolved: number; pageSize?: number }) {
  const key = `leaderboard:${options.minResolved}:${options.pageSize ?? PAGE_SIZE}:${JSON.stringify(options.query)}`;
  return cachedRead({ db: options.db, key, load: () => readRanking(options) });
}

async function readRanking(options: { db: Db; query: LeaderboardQuery; minResolved: number; pageSize?: number }) {
  const { query, minResolved } = options;
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const offset = (query.page - 1) * pageSize;
  // Unfiltered, the per-forecaster totals kept current by rescoring; filtered, sums over the rows.
  const totals = isUnfiltered(query) ? Prisma.sql`SELECT "forecasterId" AS id, * FROM "ForecasterTotals"` : totalsSql(query);
  const sql = Prisma.sql`
    WITH t AS (${totals})
    SELECT f.id, f.slug, f.name, f.kind, t.n, t."sumBrier", t."sumBrierSquares", t."sumLog", t."nRelative",
           t."sumRelative", t."sumBestBrier", t."sumWorstBrier", (t.n >= ${minResolved}) AS ranked
    FROM t JOIN "Forecaster" f ON f.id = t.id
    ORDER BY ranked DESC, ${ORDER[query.sort]}, f.name ASC, f.id ASC
    LIMIT ${pageSize + 1} OFFSET ${offset}`;
  const rows = await queryRows({ db: options.db, sql, row, query: "leaderboard page" });
  const items: RankedForecaster[] = rows.slice(0, pageSize).map((row, i) => ({
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    rank: row.ranked ? offset + i + 1 : null,
    stats: forecasterStats(row),
  }));
  return { items, hasNextPage: rows.length > pageSize };
}

/** Forecasters with no scored forecast at all, for the leaderboard's last section. */
export async function listUnscoredForecasters(options: { db: Db; limit?: number }) {
  return cachedRead({ db: options.db, key: `unscored:${options.limit ?? 100}`, load: () => readUnscored(options) });
}

async function readUnscored(options: { db: Db; limit?: number }) {
  const where = { scores: { none: {} } } satisfies Prisma.ForecasterWhereInput;
  const [items, total] = await Promise.all([
    options.db.forecaster.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: options.limit ?? 100,
      select: { id: true, slug: true, name: true, kind: true },
    }),
    options.db.forecaster.count({ where }),
  ]);
  const counts = await countForecastsBy(
    options.db,
    "forecasterId",
    items.map((f) => f.id),
  );
  return { items: items.map((f) => ({ ...f, forecastCount: counts.get(f.id) ?? 0 })), total };
}
