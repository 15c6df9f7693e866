// The first lock of every transaction that changes a question's forecasts, outcome or scores
// (ADR 0009): the question rows, FOR UPDATE, in id order. Writers of one question then run one
// after another, and the score and totals rows they take next are always taken in the same
// order, so no two writes deadlock.
import type { Prisma } from "../generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "$queryRaw">;

/** Locks these questions; returns the ids that exist (in id order). */
export async function lockQuestions(tx: Tx, questionIds: readonly string[]): Promise<string[]> {
  if (questionIds.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Question" WHERE id = ANY(${[...new Set(questionIds)]}::text[]) ORDER BY id FOR UPDATE`;
  return rows.map((r) => r.id);
}

/** Locks the question a forecast hangs on (a forecast never moves to another question); null if there is no such forecast. */
export async function lockQuestionOfForecast(tx: Tx, forecastId: string): Promise<string | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT q.id FROM "Question" q JOIN "Forecast" f ON f."questionId" = q.id WHERE f.id = ${forecastId} FOR UPDATE OF q`;
  return rows[0]?.id ?? null;
}
