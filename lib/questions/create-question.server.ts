import { recordAuditEvent } from "../audit/record-audit-event.server";
import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { runTransaction } from "../db/run-transaction.server";
import { parseIsoDate } from "../dates";
import type { Prisma } from "../generated/prisma/client";
import { parseInput } from "../validation/parse-input";
import { createQuestionInput } from "./question-input";

/** Creates a yes/no question (analysts and up). */
export async function createQuestion(options: { db: Db; actor: Actor | null; input: unknown }) {
  const actor = requireRole(options.actor, "ANALYST", "create questions");
  const input = parseInput(createQuestionInput, options.input, "question");
  return runTransaction(options.db, (tx) => insertQuestion(tx, actor, input));
}

/** The write itself, for callers that create a question inside a larger transaction. */
export async function insertQuestion(tx: Prisma.TransactionClient, actor: Actor, input: ReturnType<typeof createQuestionInput.parse>) {
  const question = await tx.question.create({
    data: { title: input.title, criteria: input.criteria, deadline: parseIsoDate(input.deadline)!, tags: [...new Set(input.tags)], createdById: actor.id },
  });
  await recordAuditEvent(tx, { actorId: actor.id, action: "question.create", entityType: "Question", entityId: question.id, after: question });
  return question;
}
