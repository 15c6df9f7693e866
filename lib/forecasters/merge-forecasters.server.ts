import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event.server";
import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { lockQuestionsOfForecasts } from "../db/lock-questions-of.server";
import { runTransaction, type Tx } from "../db/run-transaction.server";
import { AppError, AppErrorCode } from "../errors/app-error";
import { refreshQuestions } from "../scoring/refresh-questions.server";
import { parseInput } from "../validation/parse-input";

const ref = z.string().trim().min(1, "must not be empty").max(200);
/** Which record stays and which goes into it, each by id or slug. */
export const mergeInput = z.strictObject({ keep: ref, merge: ref });

async function find(tx: Tx, ref: string) {
  return tx.forecaster.findFirst({ where: { OR: [{ id: ref }, { slug: ref }] } });
}

/**
 * Merges one forecaster into another (editors and up): two records of the same person or body.
 * Every forecast of the merged one moves to the kept one. None can collide: a forecast's natural
 * key is its question, source and quote, not who said it, so two forecasts of the two records
 * are two statements and both stay (on a question, scoring counts the latest, as for anyone).
 * The merged name becomes an alias that search and find-or-create recognise, and its slug
 * leads to the kept forecaster. Scores and totals are rebuilt in the same transaction. Final:
 * the audit trail records what moved, but there is no undo.
 */
export async function mergeForecasters(options: { db: Db; actor: Actor | null; input: unknown }) {
  const actor = requireRole(options.actor, "EDITOR", "merge forecasters");
  const input = parseInput(mergeInput, options.input, "merge");
  return runTransaction(options.db, async (tx) => {
    const [keep, merge] = [await find(tx, input.keep), await find(tx, input.merge)];
    if (!keep || !merge) {
      throw new AppError(AppErrorCode.NOT_FOUND, "There is no such forecaster; nothing was merged.", {
        ...(keep ? {} : { keep: "is not a forecaster's id or slug" }),
        ...(merge ? {} : { merge: "is not a forecaster's id or slug" }),
      });
    }
    if (keep.id === merge.id)
      throw new AppError(AppErrorCode.INVALID_INPUT, "A forecaster cannot be merged into itself.", { merge: "is the forecaster to keep" });
    const questionIds = await lockQuestionsOfForecasts(tx, { forecasterId: merge.id }); // first (ADR 0009)
    const moved = await tx.forecast.findMany({ where: { forecasterId: merge.id }, select: { id: true }, orderBy: { id: "asc" } });
    await tx.forecast.updateMany({ where: { forecasterId: merge.id }, data: { forecasterId: keep.id } });
    await tx.forecasterAlias.updateMany({ where: { forecasterId: merge.id }, data: { forecasterId: keep.id } });
    // A slug freed by an earlier merge may have been given to the merged forecaster: the newest wins.
    const alias = { name: merge.name, forecasterId: keep.id };
    await tx.forecasterAlias.upsert({ where: { slug: merge.slug }, create: { slug: merge.slug, ...alias }, update: alias });
    await refreshQuestions(tx, questionIds);
    await tx.forecaster.delete({ where: { id: merge.id } });
    const forecastIds = moved.map((f) => f.id);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "forecaster.merge",
      entityType: "Forecaster",
      entityId: merge.id,
      before: merge,
      after: { mergedInto: keep.id, forecastIds },
    });
    return { keep, merged: merge, forecastIds };
  });
}
