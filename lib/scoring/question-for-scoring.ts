// What scoring reads of a question (its current outcome and its forecasts), and the score rows
// that come of it: one definition for the rescoring inside each write and the batch rescore.
import type { Prisma } from "../generated/prisma/client";
import { scoreQuestion } from "./score-question";
import type { StoredScoreRow } from "./write-score-rows.server";

export const questionForScoring = {
  id: true,
  outcomes: { where: { replacedAt: null }, select: { value: true, resolvedAt: true } },
  forecasts: { select: { id: true, forecasterId: true, madeAt: true, loggedAt: true, probability: true, low: true, high: true } },
} satisfies Prisma.QuestionSelect;

type QuestionForScoring = Prisma.QuestionGetPayload<{ select: typeof questionForScoring }>;

export function storedScoreRows(question: QuestionForScoring): StoredScoreRow[] {
  const outcome = question.outcomes[0] ?? null;
  return scoreQuestion({ forecasts: question.forecasts, outcome }).map((row) => ({
    ...row,
    questionId: question.id,
    resolvedAt: outcome!.resolvedAt, // rows exist only when there is an outcome
  }));
}
