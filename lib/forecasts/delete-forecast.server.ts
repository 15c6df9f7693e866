import { recordAuditEvent } from "../audit/record-audit-event.server";
import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { lockQuestionOfForecast } from "../db/lock-questions.server";
import { runTransaction } from "../db/run-transaction.server";
import { AppError, AppErrorCode } from "../errors/app-error";
import { refreshQuestions } from "../scoring/refresh-questions.server";
import { removeForecasts } from "../scoring/remove-forecasts.server";

/** Deletes a forecast (analysts and up); the audit event keeps it whole. Rescored. */
export async function deleteForecast(options: { db: Db; actor: Actor | null; forecastId: string }) {
  const actor = requireRole(options.actor, "ANALYST", "delete forecasts");
  return runTransaction(options.db, async (tx) => {
    await lockQuestionOfForecast(tx, options.forecastId); // first, as in every write (ADR 0009)
    const before = await tx.forecast.findUnique({ where: { id: options.forecastId } });
    if (!before) throw new AppError(AppErrorCode.NOT_FOUND, `There is no forecast with id "${options.forecastId}".`);
    await removeForecasts(tx, [before.id]);
    await recordAuditEvent(tx, { actorId: actor.id, action: "forecast.delete", entityType: "Forecast", entityId: before.id, before });
    await refreshQuestions(tx, [before.questionId]);
    return { id: before.id, questionId: before.questionId };
  });
}
