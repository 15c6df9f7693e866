import { recordAuditEvent } from "../audit/record-audit-event.server";
import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { lockQuestions } from "../db/lock-questions.server";
import { runTransaction } from "../db/run-transaction.server";
import { AppError, AppErrorCode } from "../errors/app-error";
import { refreshQuestions } from "../scoring/refresh-questions.server";

/**
 * Archives a question (editors and up), or restores it (`restore: true`). An archived question
 * leaves every list, the home page, topics and scoring (its score rows are removed and its
 * forecasters' totals rebuilt, in the same transaction); its forecasts, outcomes and audit
 * trail stay, so restoring brings all of it back. Archiving twice (or restoring a question that
 * is not archived) changes nothing and is not an error.
 */
export async function archiveQuestion(options: { db: Db; actor: Actor | null; questionId: string; restore?: boolean }) {
  const restore = options.restore === true;
  const actor = requireRole(options.actor, "EDITOR", restore ? "restore questions" : "archive questions");
  return runTransaction(options.db, async (tx) => {
    await lockQuestions(tx, [options.questionId]); // first, as in every write (ADR 0009)
    const before = await tx.question.findUnique({ where: { id: options.questionId } });
    if (!before) throw new AppError(AppErrorCode.NOT_FOUND, `There is no question with id "${options.questionId}".`);
    if ((before.archivedAt !== null) !== restore) return before;
    const after = await tx.question.update({
      where: { id: before.id },
      data: restore ? { archivedAt: null, archivedById: null } : { archivedAt: new Date(), archivedById: actor.id },
    });
    const action = restore ? "question.restore" : "question.archive";
    await recordAuditEvent(tx, { actorId: actor.id, action, entityType: "Question", entityId: before.id, before, after });
    await refreshQuestions(tx, [before.id]);
    return after;
  });
}
