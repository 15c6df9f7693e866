import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { runTransaction } from "../db/run-transaction.server";
import { AppError, AppErrorCode } from "../errors/app-error";
import { parseInput } from "../validation/parse-input";
import { claimQuestion, currentOutcome, finishOutcomeChange, retireOutcome } from "./change-outcome.server";
import { undoOutcomeInput } from "./outcome-input";

/** Undoes a question's outcome with a reason: the question is open again and drops out of every score. */
export async function undoOutcome(options: { db: Db; actor: Actor | null; questionId: string; input: unknown }) {
  const actor = requireRole(options.actor, "EDITOR", "undo outcomes");
  const input = parseInput(undoOutcomeInput, options.input, "request to undo the outcome");
  return runTransaction(options.db, async (tx) => {
    const version = await claimQuestion(tx, options.questionId, input.expectedVersion);
    const before = await currentOutcome(tx, options.questionId);
    if (!before) throw new AppError(AppErrorCode.CONFLICT, "This question has no outcome to undo.", { current: { version, outcome: null } });
    await retireOutcome(tx, before.id, actor, input.reason);
    await tx.question.update({ where: { id: options.questionId }, data: { status: "OPEN" } });
    await finishOutcomeChange(tx, { actor, questionId: options.questionId, action: "outcome.undo", before, after: null });
    return { version };
  });
}
