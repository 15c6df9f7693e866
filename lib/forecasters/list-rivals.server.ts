import { cachedRead } from "../cache/cached-read.server";
import { z } from "zod";
import type { Db } from "../db/client.server";
import { queryRows } from "../db/query-rows.server";
import { Prisma } from "../generated/prisma/client";

/** The forecasters who were scored on the most of the same questions as this one, for "compare with …". */
export async function listRivals(options: { db: Db; forecasterId: string; take?: number }) {
  const key = `rivals:${options.forecasterId}:${options.take ?? 5}`;
  return cachedRead({ db: options.db, key, load: () => readRivals(options) });
}

const row = z.object({ slug: z.string(), name: z.string(), shared: z.number().int() });

function readRivals(options: { db: Db; forecasterId: string; take?: number }) {
  const sql = Prisma.sql`
    SELECT f.slug, f.name, count(*)::int AS shared
    FROM "Score" s JOIN "Score" o ON o."questionId" = s."questionId" AND o."forecasterId" <> s."forecasterId"
    JOIN "Forecaster" f ON f.id = o."forecasterId"
    WHERE s."forecasterId" = ${options.forecasterId}
    GROUP BY f.id, f.slug, f.name
    ORDER BY shared DESC, f.name ASC
    LIMIT ${options.take ?? 5}`;
  return queryRows({ db: options.db, sql, row, query: "rivals" });
}
