// Two forecasters side by side on the questions both were scored on (their forecasts that count).
import { z } from "zod";
import type { Db } from "../db/client.server";
import { queryRows } from "../db/query-rows.server";
import { Prisma } from "../generated/prisma/client";
import { headToHead } from "../scoring/head-to-head";

const row = z.object({
  questionId: z.string(),
  title: z.string(),
  resolvedAt: z.date(),
  outcome: z.number().int(),
  probabilityA: z.number(),
  probabilityB: z.number(),
  brierA: z.number(),
  brierB: z.number(),
});

export async function compareForecasters(options: { db: Db; slugA: string; slugB: string }) {
  const { db, slugA, slugB } = options;
  // Both in one query; slugs are unique, so each is found once or not at all.
  const found = await db.forecaster.findMany({ where: { slug: { in: [slugA, slugB] } }, select: { id: true, slug: true, name: true } });
  const a = found.find((f) => f.slug === slugA) ?? null;
  const b = found.find((f) => f.slug === slugB) ?? null;
  if (!a || !b) return { a, b, comparison: null };
  const sql = Prisma.sql`
    SELECT sa."questionId", q.title, sa."resolvedAt", sa.outcome, sa.probability AS "probabilityA", sb.probability AS "probabilityB",
           sa.brier AS "brierA", sb.brier AS "brierB"
    FROM "Score" sa JOIN "Score" sb ON sb."questionId" = sa."questionId" AND sb."forecasterId" = ${b.id}
    JOIN "Question" q ON q.id = sa."questionId"
    WHERE sa."forecasterId" = ${a.id}
    ORDER BY sa."resolvedAt" DESC, sa."questionId" ASC`;
  const rows = await queryRows({ db, sql, row, query: "shared questions" });
  return { a, b, comparison: headToHead(rows) };
}
