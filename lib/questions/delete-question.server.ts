import { recordAuditEvent } from "../audit/record-audit-event.server";
import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { lockQuestions } from "../db/lock-questions.server";
import { runTransaction } from "../db/run-transaction.server";
import { AppError, AppErrorCode } from "../errors/app-error";

/**
 * Deletes a question that holds no forecasts (editors and up): a question made by mistake.
 * One with forecasts is archived instead, so that what was said stays on record. The audit
 * trail keeps a copy.
 */
export async function deleteQuestion(options: { db: Db; actor: Actor | null; questionId: string }) {
  const actor = requireRole(options.actor, "EDITOR", "delete questions");
  return runTransaction(options.db, async (tx) => {
    await lockQuestions(tx, [options.questionId]); // first, as in every write (ADR 0009)
    const before = await tx.question.findUnique({ where: { id: options.questionId } });
    if (!before) throw new AppError(AppErrorCode.NOT_FOUND, `There is no question with id "${options.questionId}".`);
    const forecasts = await tx.forecast.count({ where: { questionId: before.id } });
    if (forecasts > 0) {
      throw new AppError(AppErrorCode.CONFLICT, `This question holds ${forecasts} ${forecasts === 1 ? "forecast" : "forecasts"}: archive it instead.`, {
        current: { forecastCount: forecasts },
      });
    }
    await tx.question.delete({ where: { id: before.id } });
    await recordAuditEvent(tx, { actorId: actor.id, action: "question.delete", entityType: "Question", entityId: before.id, before });
    return { id: before.id };
  });
}
