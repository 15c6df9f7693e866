// Rewrites a question's score rows from its forecasts and current outcome. Every change to
// either calls this inside the same transaction, so scores are right the moment it commits.
import type { Prisma } from "../generated/prisma/client";
import { scoreQuestion } from "./score-question";
import { writeScoreRows } from "./write-score-rows.server";

export async function rescoreQuestion(tx: Prisma.TransactionClient, questionId: string): Promise<number> {
  const question = await tx.question.findUnique({
    where: { id: questionId },
    select: {
      outcomes: { where: { replacedAt: null }, select: { value: true, resolvedAt: true } },
      forecasts: { select: { id: true, forecasterId: true, madeAt: true, loggedAt: true, probability: true, low: true, high: true } },
    },
  });
  await tx.score.deleteMany({ where: { questionId } });
  if (!question) return 0;
  const outcome = question.outcomes[0] ?? null;
  const rows = scoreQuestion({ forecasts: question.forecasts, outcome });
  await writeScoreRows(tx, rows.map((row) => ({ ...row, questionId, resolvedAt: outcome!.resolvedAt })));
  return rows.length;
}
