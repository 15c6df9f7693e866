// Rewrites the score rows and forecast counts of a batch of questions in a few statements
// (not one question at a time): for an import (refresh-many-questions) and a full rescore
// (rescore-all). The caller holds the questions' locks (ADR 0009) and refreshes the totals.
import { Prisma } from "../generated/prisma/client";
import { questionForScoring, storedScoreRows } from "./question-for-scoring";
import { writeScoreRows } from "./write-score-rows.server";
import { z } from "zod";
import { queryRows } from "../db/query-rows.server";

/** Returns how many of the questions are resolved, the rows written, and the forecasters whose rows changed (before or after). */
export async function rewriteScores(
  tx: Prisma.TransactionClient,
  questionIds: readonly string[],
): Promise<{ resolved: number; rows: number; forecasterIds: string[] }> {
  const ids = [...questionIds];
  const old = await queryRows({
    db: tx,
    row: z.object({ forecasterId: z.string() }),
    query: "removed score rows",
    sql: Prisma.sql`
    DELETE FROM "Score" WHERE "questionId" = ANY(${ids}::text[]) RETURNING "forecasterId"`,
  });
  const questions = await tx.question.findMany({ where: { id: { in: ids }, status: "RESOLVED", archivedAt: null }, select: questionForScoring });
  const rows = questions.flatMap(storedScoreRows);
  await writeScoreRows(tx, rows);
  await tx.$executeRaw`
    UPDATE "Question" q SET "forecastCount" = c.n
    FROM (SELECT q2.id, (SELECT count(*)::int FROM "Forecast" f WHERE f."questionId" = q2.id) AS n FROM "Question" q2 WHERE q2.id = ANY(${ids}::text[])) c
    WHERE q.id = c.id AND q."forecastCount" <> c.n`;
  return { resolved: questions.length, rows: rows.length, forecasterIds: [...old, ...rows].map((r) => r.forecasterId) };
}
