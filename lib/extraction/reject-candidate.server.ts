import { z } from "zod";
import { recordAuditEvent } from "../audit/record-audit-event.server";
import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { runTransaction } from "../db/run-transaction.server";
import { AppError, AppErrorCode } from "../errors/app-error";
import { parseInput } from "../validation/parse-input";

export const rejectCandidateInput = z.strictObject({
  sourceId: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

/** Turns a candidate down, so that the review stops proposing it (analysts and up). */
export async function rejectCandidate(options: { db: Db; actor: Actor | null; input: unknown }) {
  const actor = requireRole(options.actor, "ANALYST", "review candidates");
  const input = parseInput(rejectCandidateInput, options.input, "rejection");
  return runTransaction(options.db, async (tx) => {
    const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { text: true } });
    if (!source?.text || input.end > source.text.length || input.start >= input.end) {
      throw new AppError(AppErrorCode.INVALID_INPUT, "That span is not in the source's text.", { start: "is not a span of the text" });
    }
    const quote = source.text.slice(input.start, input.end);
    const rejection = await tx.rejectedCandidate.upsert({
      where: { sourceId_start_end: { sourceId: input.sourceId, start: input.start, end: input.end } },
      update: {},
      create: { ...input, quote, rejectedById: actor.id },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "candidate.reject",
      entityType: "Source",
      entityId: input.sourceId,
      after: { start: input.start, end: input.end, quote },
    });
    return rejection;
  });
}
