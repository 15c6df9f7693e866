// The most and least accurate forecasters by mean Brier, among those with enough resolved
// questions for the mean to mean something. Reads the totals kept current by rescoring (ADR 0005).
import { cachedRead } from "../cache/cached-read.server";
import type { Db } from "../db/client.server";
import { queryRows } from "../db/query-rows.server";
import { forecasterTotalsRow } from "../forecasters/totals-row";
import { Prisma } from "../generated/prisma/client";
import { forecasterStats } from "../scoring/forecaster-stats";
import { z } from "zod";

const row = forecasterTotalsRow.extend({ id: z.string(), slug: z.string(), name: z.string() });
type Row = z.infer<typeof row>;

const ORDER = { best: Prisma.sql`t."sumBrier" / t.n ASC`, worst: Prisma.sql`t."sumBrier" / t.n DESC` };

export async function accuracyExtremes(options: { db: Db; minResolved: number; take: number }) {
  const { db, minResolved, take } = options;
  return cachedRead({ db, key: `accuracy-extremes:${minResolved}:${take}`, load: () => readExtremes(db, minResolved, take) });
}

async function readExtremes(db: Db, minResolved: number, take: number) {
  const sql = (order: keyof typeof ORDER) => Prisma.sql`
    SELECT f.id, f.slug, f.name, t.n, t."sumBrier", t."sumBrierSquares", t."sumLog", t."nRelative",
           t."sumRelative", t."sumBestBrier", t."sumWorstBrier"
    FROM "ForecasterTotals" t JOIN "Forecaster" f ON f.id = t."forecasterId"
    WHERE t.n >= ${minResolved}
    ORDER BY ${ORDER[order]}, f.name ASC, f.id ASC
    LIMIT ${take}`;
  const query = (order: keyof typeof ORDER) => queryRows({ db, sql: sql(order), row, query: `${order} forecasters` });
  const [best, worst] = await Promise.all([query("best"), query("worst")]);
  const view = (r: Row) => ({ id: r.id, slug: r.slug, name: r.name, stats: forecasterStats(r) });
  // With few ranked forecasters the two lists would share names: the least accurate list keeps only
  // those not already among the most accurate.
  const bestIds = new Set(best.map((r) => r.id));
  return { best: best.map(view), worst: worst.filter((r) => !bestIds.has(r.id)).map(view) };
}
