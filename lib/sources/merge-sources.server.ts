import { recordAuditEvent } from "../audit/record-audit-event.server";
import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { lockQuestionsOfForecasts } from "../db/lock-questions-of.server";
import { runTransaction } from "../db/run-transaction.server";
import { AppError, AppErrorCode } from "../errors/app-error";
import { mergeInput } from "../forecasters/merge-forecasters.server";
import { refreshQuestions } from "../scoring/refresh-questions.server";
import { removeForecasts } from "../scoring/remove-forecasts.server";
import { parseInput } from "../validation/parse-input";

/**
 * Merges one source into another (editors and up): two records of the same article. Every
 * forecast of the merged source moves to the kept one, except one that would duplicate a
 * forecast already on the kept source (same question, same quote: the natural key): that is the
 * same statement logged twice, so it is deleted (the audit trail keeps it, naming the forecast it
 * duplicated). The merged source's id leads to the kept one; the kept source's own metadata and
 * text stay as they are. Scores and totals are rebuilt in the same transaction. Final.
 */
export async function mergeSources(options: { db: Db; actor: Actor | null; input: unknown }) {
  const actor = requireRole(options.actor, "EDITOR", "merge sources");
  const input = parseInput(mergeInput, options.input, "merge");
  return runTransaction(options.db, async (tx) => {
    const [keep, merge] = [await tx.source.findUnique({ where: { id: input.keep } }), await tx.source.findUnique({ where: { id: input.merge } })];
    if (!keep || !merge) {
      throw new AppError(AppErrorCode.NOT_FOUND, "There is no such source; nothing was merged.", {
        ...(keep ? {} : { keep: "is not a source's id" }),
        ...(merge ? {} : { merge: "is not a source's id" }),
      });
    }
    if (keep.id === merge.id) throw new AppError(AppErrorCode.INVALID_INPUT, "A source cannot be merged into itself.", { merge: "is the source to keep" });
    const questionIds = await lockQuestionsOfForecasts(tx, { sourceId: merge.id }); // first (ADR 0009)
    const theirs = await tx.forecast.findMany({ where: { sourceId: merge.id }, orderBy: { id: "asc" } });
    const ours = await tx.forecast.findMany({
      where: { sourceId: keep.id, questionId: { in: questionIds } },
      select: { id: true, questionId: true, quote: true },
    });
    const kept = new Map(ours.map((f) => [`${f.questionId}\u0000${f.quote}`, f.id]));
    const duplicates = theirs.filter((f) => kept.has(`${f.questionId}\u0000${f.quote}`));
    await removeForecasts(
      tx,
      duplicates.map((f) => f.id),
    );
    for (const f of duplicates) {
      const duplicateOf = kept.get(`${f.questionId}\u0000${f.quote}`);
      await recordAuditEvent(tx, { actorId: actor.id, action: "forecast.delete", entityType: "Forecast", entityId: f.id, before: f, after: { duplicateOf } });
    }
    await tx.forecast.updateMany({ where: { sourceId: merge.id }, data: { sourceId: keep.id } });
    await tx.sourceRedirect.updateMany({ where: { sourceId: merge.id }, data: { sourceId: keep.id } });
    await tx.sourceRedirect.create({ data: { oldId: merge.id, sourceId: keep.id } });
    await refreshQuestions(tx, questionIds);
    await tx.source.delete({ where: { id: merge.id } });
    const forecastIds = theirs.filter((f) => !duplicates.includes(f)).map((f) => f.id);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "source.merge",
      entityType: "Source",
      entityId: merge.id,
      before: merge,
      after: { mergedInto: keep.id, forecastIds, removedDuplicates: duplicates.map((f) => f.id) },
    });
    return { keep, merged: merge, forecastIds, removedDuplicates: duplicates.map((f) => f.id) };
  });
}
