import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { runTransaction } from "../db/run-transaction.server";
import { AppError, AppErrorCode } from "../errors/app-error";
import { parseInput } from "../validation/parse-input";
import { claimQuestion, currentOutcome, finishOutcomeChange, knownOn, retireOutcome } from "./change-outcome.server";
import { setOutcomeInput } from "./outcome-input";

/**
 * Sets a question's outcome (YES, NO or ANNULLED), or changes it (a reason is then required).
 * Rescored and audited in the same transaction. Returns the new outcome and question version.
 */
export async function setOutcome(options: { db: Db; actor: Actor | null; questionId: string; input: unknown; now?: Date }) {
  const actor = requireRole(options.actor, "EDITOR", "resolve questions");
  const input = parseInput(setOutcomeInput, options.input, "outcome");
  const resolvedAt = knownOn(input.resolvedAt, options.now ?? new Date());
  return runTransaction(options.db, async (tx) => {
    const version = await claimQuestion(tx, options.questionId, input.expectedVersion);
    const before = await currentOutcome(tx, options.questionId);
    if (before) {
      if (!input.reason) {
        throw new AppError(AppErrorCode.INVALID_INPUT, "The outcome is not valid.", { reason: "is required to change an outcome that is already set" });
      }
      await retireOutcome(tx, before.id, actor, input.reason);
    }
    const outcome = await tx.outcome.create({
      data: {
        questionId: options.questionId,
        value: input.value,
        resolvedAt,
        evidenceUrl: input.evidenceUrl ?? null,
        note: input.note ?? null,
        setById: actor.id,
      },
    });
    await tx.question.update({ where: { id: options.questionId }, data: { status: input.value === "ANNULLED" ? "ANNULLED" : "RESOLVED" } });
    await finishOutcomeChange(tx, { actor, questionId: options.questionId, action: before ? "outcome.change" : "outcome.set", before, after: outcome });
    return { outcome, version };
  });
}
