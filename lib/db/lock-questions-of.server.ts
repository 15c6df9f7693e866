// Locks the questions whose forecasts a merge moves (ADR 0009: questions first, in id order).
// Another writer may log a forecast for the merged record between the first read and the lock,
// so the questions are read again under the lock until nothing new turns up.
import type { Prisma } from "../generated/prisma/client";
import { lockQuestions } from "./lock-questions.server";

export async function lockQuestionsOfForecasts(tx: Prisma.TransactionClient, where: Prisma.ForecastWhereInput): Promise<string[]> {
  const locked = new Set<string>();
  for (;;) {
    const rows = await tx.forecast.findMany({ where, select: { questionId: true }, distinct: ["questionId"] });
    const fresh = rows.map((r) => r.questionId).filter((id) => !locked.has(id));
    if (fresh.length === 0) return [...locked].sort();
    for (const id of await lockQuestions(tx, fresh)) locked.add(id);
    for (const id of fresh) locked.add(id); // a question deleted meanwhile has no forecasts to move
  }
}
