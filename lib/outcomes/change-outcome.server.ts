// Setting, changing and undoing a question's outcome: editors only; history is kept (the
// replaced outcome stays, marked with who replaced it, when and why); an editor working
// from an old version of the question gets a conflict instead of overwriting silently.
import type { Actor } from "../auth/require-role";
import { recordAuditEvent } from "../audit/record-audit-event.server";
import { formatIsoDate, parseIsoDate, todayUtc } from "../dates";
import { lockQuestions } from "../db/lock-questions.server";
import { AppError, AppErrorCode } from "../errors/app-error";
import type { Prisma } from "../generated/prisma/client";
import { refreshQuestions } from "../scoring/refresh-questions.server";

type Tx = Prisma.TransactionClient;

/**
 * Claims the question for this change: locks its row first, as every write does (ADR 0009),
 * so that concurrent editors and forecast writers run one after another, then bumps its version. Throws NOT_FOUND, or CONFLICT with the current state when the
 * version moved on since the editor looked.
 */
export async function claimQuestion(tx: Tx, questionId: string, expectedVersion: number | undefined): Promise<number> {
  await lockQuestions(tx, [questionId]);
  const where = expectedVersion === undefined ? { id: questionId } : { id: questionId, version: expectedVersion };
  const { count } = await tx.question.updateMany({ where, data: { version: { increment: 1 } } });
  const question = await tx.question.findUnique({
    where: { id: questionId },
    select: {
      version: true,
      status: true,
      outcomes: { where: { replacedAt: null }, select: { value: true, resolvedAt: true, note: true, evidenceUrl: true } },
    },
  });
  if (!question) throw new AppError(AppErrorCode.NOT_FOUND, `There is no question with id "${questionId}".`);
  if (count === 0) {
    const current = question.outcomes[0];
    throw new AppError(
      AppErrorCode.CONFLICT,
      `Someone changed this question's outcome while you were looking at it: it is now ${current ? `${current.value} (known ${formatIsoDate(current.resolvedAt)})` : "without an outcome"}. Nothing was changed; review it and try again.`,
      {
        expectedVersion: `is ${expectedVersion}, but the question is at version ${question.version}`,
        current: { version: question.version, status: question.status, outcome: current ?? null },
      },
    );
  }
  return question.version;
}

export async function currentOutcome(tx: Tx, questionId: string) {
  return tx.outcome.findFirst({ where: { questionId, replacedAt: null } });
}

/** Marks the current outcome as replaced, keeping it as history. */
export async function retireOutcome(tx: Tx, outcomeId: string, actor: Actor, reason: string): Promise<void> {
  await tx.outcome.update({ where: { id: outcomeId }, data: { replacedAt: new Date(), replacedById: actor.id, replaceReason: reason } });
}

export function knownOn(resolvedAt: string, now: Date): Date {
  const day = parseIsoDate(resolvedAt)!;
  if (day > todayUtc(now)) {
    throw new AppError(AppErrorCode.INVALID_INPUT, "The outcome is not valid.", { resolvedAt: "is in the future: give the day the outcome became known" });
  }
  return day;
}

export async function finishOutcomeChange(
  tx: Tx,
  options: {
    actor: Actor;
    questionId: string;
    action: "outcome.set" | "outcome.change" | "outcome.undo";
    before: unknown;
    after: unknown;
  },
): Promise<void> {
  await refreshQuestions(tx, [options.questionId]);
  await recordAuditEvent(tx, {
    actorId: options.actor.id,
    action: options.action,
    entityType: "Question",
    entityId: options.questionId,
    before: options.before,
    after: options.after,
  });
}
