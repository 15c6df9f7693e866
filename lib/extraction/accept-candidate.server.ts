// Accepting a candidate: a forecast from the source's own text, onto an existing question or a
// new one, in one transaction: a refused forecast leaves no new question behind.
import { z } from "zod";
import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { runTransaction } from "../db/run-transaction.server";
import { AppError, AppErrorCode } from "../errors/app-error";
import { insertForecast } from "../forecasts/create-forecast.server";
import { createForecastInput } from "../forecasts/forecast-input";
import { insertQuestion } from "../questions/create-question.server";
import { createQuestionInput } from "../questions/question-input";
import { parseInput } from "../validation/parse-input";

/**
 * The question to log onto (an id, or a new question described in full), and the forecast's
 * own fields, which are then checked as any new forecast's are (lib/forecasts/forecast-input.ts).
 */
export const acceptCandidateInput = z
  .looseObject({
    sourceId: z.string().min(1, "must not be empty"),
    questionId: z.string().min(1).optional(),
    question: createQuestionInput.optional(),
  })
  .superRefine((a, ctx) => {
    if (!a.questionId === !a.question) ctx.addIssue({ code: "custom", path: ["questionId"], message: "choose an existing question or describe a new one" });
  });

export async function acceptCandidate(options: { db: Db; actor: Actor | null; input: unknown; now?: Date }) {
  const actor = requireRole(options.actor, "ANALYST", "log forecasts");
  const { question: newQuestion, questionId, ...rest } = parseInput(acceptCandidateInput, options.input, "forecast");
  return runTransaction(options.db, async (tx) => {
    const source = await tx.source.findUnique({ where: { id: rest.sourceId }, select: { text: true } });
    if (!source?.text) throw new AppError(AppErrorCode.NOT_FOUND, "The source has no stored text to take quotes from.");
    const question = newQuestion ? await insertQuestion(tx, actor, newQuestion) : null;
    const forecast = parseInput(createForecastInput, { ...rest, questionId: question?.id ?? questionId }, "forecast");
    return insertForecast(tx, actor, forecast, options.now);
  });
}
