// Rewrites what is derived from questions' forecasts and current outcomes: their score rows,
// their forecast counts, and the totals of every forecaster those rows touched. Every change
// to forecasts or outcomes calls this inside its own transaction, so scores and counts are
// right the moment it commits (ADR 0005). Locks are taken in the one order every write uses
// (ADR 0009): question rows, then their score rows, then forecaster totals in id order.
import { lockQuestions } from "../db/lock-questions.server";
import { Prisma } from "../generated/prisma/client";
import { applyTotalsDelta } from "./apply-totals-delta.server";
import { lockForecasterTotals } from "./lock-forecaster-totals.server";
import { type ScoreContribution, totalsDelta } from "./totals-delta";
import { totalsSql } from "./totals-sql";
import { questionForScoring, storedScoreRows } from "./question-for-scoring";
import { writeScoreRows } from "./write-score-rows.server";
import { scoreContributionRow } from "./score-contribution-row.server";
import { queryRows } from "../db/query-rows.server";

type Tx = Prisma.TransactionClient;

/** Rewrites one question's rows and count; returns the rows it removed and the rows it wrote. */
async function refreshOne(tx: Tx, questionId: string): Promise<{ removed: ScoreContribution[]; added: ScoreContribution[] }> {
  // The question's lock (held) keeps its score rows still between this read and the writes below.
  const removed = await queryRows({
    db: tx,
    row: scoreContributionRow,
    query: "score rows of question",
    sql: Prisma.sql`
    SELECT "forecasterId", brier, "logScore", "relativeBrier", "brierAtLow", "brierAtHigh" FROM "Score" WHERE "questionId" = ${questionId}`,
  });
  const question = await tx.question.findUnique({ where: { id: questionId }, select: { ...questionForScoring, forecastCount: true, archivedAt: true } });
  if (question && question.forecastCount !== question.forecasts.length) {
    await tx.question.update({ where: { id: questionId }, data: { forecastCount: question.forecasts.length } });
  }
  // An archived question counts for no one (it keeps its forecasts, not its scores).
  const added = question && question.archivedAt === null ? storedScoreRows(question) : [];
  // Rows whose forecaster still counts are overwritten in place (writeScoreRows upserts): an
  // outcome flip changes no key, so PostgreSQL updates them without touching an index or a
  // foreign key, several times faster than deleting and inserting them again.
  const kept = added.map((r) => r.forecasterId);
  await tx.$executeRaw`DELETE FROM "Score" WHERE "questionId" = ${questionId} AND NOT ("forecasterId" = ANY(${kept}::text[]))`;
  await writeScoreRows(tx, added);
  return { removed, added };
}

export async function refreshQuestions(tx: Tx, questionIds: readonly string[]): Promise<void> {
  // Callers lock first; locking again is free and keeps a caller that forgot from racing.
  const ids = await lockQuestions(tx, questionIds);
  const removed: ScoreContribution[] = [];
  const added: ScoreContribution[] = [];
  for (const id of ids) {
    const rows = await refreshOne(tx, id);
    removed.push(...rows.removed);
    added.push(...rows.added);
  }
  await applyTotalsDelta(tx, totalsDelta({ removed, added }));
}

/** Recomputes these forecasters' totals from their score rows. */
export async function refreshForecasterTotals(tx: Tx, forecasterIds: readonly string[]): Promise<void> {
  if (forecasterIds.length === 0) return;
  // The sums below are a fresh snapshot, taken after any wait for the locks.
  const ids = await lockForecasterTotals(tx, forecasterIds);
  await tx.$executeRaw`
    UPDATE "ForecasterTotals" t
    SET n = s.n, "sumBrier" = s."sumBrier", "sumBrierSquares" = s."sumBrierSquares", "sumLog" = s."sumLog",
        "nRelative" = s."nRelative", "sumRelative" = s."sumRelative", "sumBestBrier" = s."sumBestBrier", "sumWorstBrier" = s."sumWorstBrier"
    FROM (${totalsSql({ forecasterIds: ids })}) s
    WHERE t."forecasterId" = s.id`;
  await tx.$executeRaw`
    DELETE FROM "ForecasterTotals" t
    WHERE t."forecasterId" = ANY(${ids}::text[]) AND NOT EXISTS (SELECT 1 FROM "Score" s WHERE s."forecasterId" = t."forecasterId")`;
}

/**
 * Rebuilds every forecaster's totals from the score rows (after a batch rescore), as an upsert
 * in forecaster-id order, so that it can run while the app writes: a concurrent rescoring of
 * one forecaster waits for it, or it for that one, instead of failing on a taken key.
 */
export async function rebuildForecasterTotals(tx: Tx): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "ForecasterTotals" ORDER BY "forecasterId" FOR UPDATE`;
  await tx.$executeRaw`
    INSERT INTO "ForecasterTotals" ("forecasterId", n, "sumBrier", "sumBrierSquares", "sumLog", "nRelative", "sumRelative", "sumBestBrier", "sumWorstBrier")
    SELECT id, n, "sumBrier", "sumBrierSquares", "sumLog", "nRelative", "sumRelative", "sumBestBrier", "sumWorstBrier"
    FROM (${totalsSql({})}) s ORDER BY id
    ON CONFLICT ("forecasterId") DO UPDATE SET
      n = EXCLUDED.n, "sumBrier" = EXCLUDED."sumBrier", "sumBrierSquares" = EXCLUDED."sumBrierSquares", "sumLog" = EXCLUDED."sumLog",
      "nRelative" = EXCLUDED."nRelative", "sumRelative" = EXCLUDED."sumRelative",
      "sumBestBrier" = EXCLUDED."sumBestBrier", "sumWorstBrier" = EXCLUDED."sumWorstBrier"`;
  await tx.$executeRaw`
    DELETE FROM "ForecasterTotals" t WHERE NOT EXISTS (SELECT 1 FROM "Score" s WHERE s."forecasterId" = t."forecasterId")`;
}
