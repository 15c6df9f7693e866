import { recordAuditEvent } from "../audit/record-audit-event.server";
import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { runTransaction } from "../db/run-transaction.server";
import { formatIsoDate, parseIsoDate } from "../dates";
import { AppError, AppErrorCode } from "../errors/app-error";
import { parseInput } from "../validation/parse-input";
import { updateQuestionInput } from "./question-input";

/** Edits a question's wording, criteria, deadline or tags (analysts and up). */
export async function updateQuestion(options: { db: Db; actor: Actor | null; questionId: string; input: unknown }) {
  const actor = requireRole(options.actor, "ANALYST", "edit questions");
  const input = parseInput(updateQuestionInput, options.input, "change to the question");
  return runTransaction(options.db, async (tx) => {
    const before = await tx.question.findUnique({ where: { id: options.questionId } });
    if (!before) throw new AppError(AppErrorCode.NOT_FOUND, `There is no question with id "${options.questionId}".`);
    const deadline = input.deadline ? parseIsoDate(input.deadline)! : before.deadline;
    const latest = await tx.forecast.findFirst({ where: { questionId: before.id }, orderBy: { madeAt: "desc" }, select: { madeAt: true } });
    if (latest && latest.madeAt > deadline) {
      throw new AppError(AppErrorCode.INVALID_INPUT, "The change to the question is not valid.", {
        deadline: `is before a forecast on it, made ${formatIsoDate(latest.madeAt)}`,
      });
    }
    const after = await tx.question.update({
      where: { id: before.id },
      data: { title: input.title, criteria: input.criteria, deadline, tags: input.tags ? [...new Set(input.tags)] : undefined },
    });
    await recordAuditEvent(tx, { actorId: actor.id, action: "question.update", entityType: "Question", entityId: before.id, before, after });
    return after;
  });
}
