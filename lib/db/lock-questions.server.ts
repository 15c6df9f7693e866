// The first lock of every transaction that changes a question's forecasts, outcome or scores
// (ADR 0009): the question rows, FOR UPDATE, in id order. Writers of one question then run one
// after another, and the score and totals rows they take next are always taken in the same
// order, so no two writes deadlock.
import { Prisma } from "../generated/prisma/client";
import { idRow } from "./id-row";
import { queryRows } from "./query-rows.server";

type Tx = Pick<Prisma.TransactionClient, "$queryRaw">;

/** Locks these questions; returns the ids that exist (in id order). */
export async function lockQuestions(tx: Tx, questionIds: readonly string[]): Promise<string[]> {
  if (questionIds.length === 0) return [];
  const sql = Prisma.sql`
    SELECT id FROM "Question" WHERE id = ANY(${[...new Set(questionIds)]}::text[]) ORDER BY id FOR UPDATE`;
  const rows = await queryRows({ db: tx, sql, row: idRow, query: "lock questions" });
  return rows.map((r) => r.id);
}

/** Locks the question a forecast hangs on; null if there is no such forecast. */
export async function lockQuestionOfForecast(tx: Tx, forecastId: string): Promise<string | null> {
  const sql = Prisma.sql`
    SELECT q.id FROM "Question" q JOIN "Forecast" f ON f."questionId" = q.id WHERE f.id = ${forecastId} FOR UPDATE OF q`;
  const rows = await queryRows({ db: tx, sql, row: idRow, query: "lock question of forecast" });
  return rows[0]?.id ?? null;
}

/**
 * Locks the question a forecast hangs on and the one it moves to, both in id order (a move
 * rescores both). The forecast may be moved by another writer between the first read and the
 * lock, so it is read again under the lock until the two readings agree. Returns the question
 * it hangs on, or null if there is no such forecast.
 */
export async function lockQuestionsOfMove(
  tx: Tx & Pick<Prisma.TransactionClient, "forecast">,
  forecastId: string,
  targetQuestionId?: string,
): Promise<string | null> {
  let seen = (await tx.forecast.findUnique({ where: { id: forecastId }, select: { questionId: true } }))?.questionId;
  for (;;) {
    if (seen === undefined) return null;
    await lockQuestions(tx, targetQuestionId ? [seen, targetQuestionId] : [seen]);
    const now = (await tx.forecast.findUnique({ where: { id: forecastId }, select: { questionId: true } }))?.questionId;
    if (now === seen) return seen;
    seen = now;
  }
}
