import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event.server";
import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { runTransaction } from "../db/run-transaction.server";
import { AppError, AppErrorCode } from "../errors/app-error";
import { forecasterKind, text } from "../validation/fields";
import { parseInput } from "../validation/parse-input";

export const updateForecasterInput = z.strictObject({
  name: text(200).optional(),
  kind: forecasterKind.optional(),
  affiliation: text(300).nullable().optional(),
  description: text(2000).nullable().optional(),
});

/** Edits a forecaster (analysts and up). The slug stays, so that links keep working. */
export async function updateForecaster(options: { db: Db; actor: Actor | null; forecasterId: string; input: unknown }) {
  const actor = requireRole(options.actor, "ANALYST", "edit forecasters");
  const input = parseInput(updateForecasterInput, options.input, "change to the forecaster");
  return runTransaction(options.db, async (tx) => {
    const before = await tx.forecaster.findUnique({ where: { id: options.forecasterId } });
    if (!before) throw new AppError(AppErrorCode.NOT_FOUND, "There is no such forecaster.");
    if (input.name && input.name.toLowerCase() !== before.name.toLowerCase()) {
      const clash = await tx.forecaster.findFirst({ where: { name: { equals: input.name, mode: "insensitive" }, id: { not: before.id } } });
      if (clash) throw new AppError(AppErrorCode.CONFLICT, `There is already a forecaster called ${clash.name}.`, { name: "is taken" });
    }
    const after = await tx.forecaster.update({ where: { id: before.id }, data: input });
    await recordAuditEvent(tx, { actorId: actor.id, action: "forecaster.update", entityType: "Forecaster", entityId: before.id, before, after });
    return after;
  });
}
