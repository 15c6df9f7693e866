import { recordAuditEvent } from "../audit/record-audit-event.server";
import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { lockQuestions } from "../db/lock-questions.server";
import { runTransaction } from "../db/run-transaction.server";
import { parseIsoDate } from "../dates";
import { AppError, AppErrorCode } from "../errors/app-error";
import type { Prisma } from "../generated/prisma/client";
import { findOrCreateForecaster } from "../forecasters/find-or-create-forecaster.server";
import { refreshQuestions } from "../scoring/refresh-questions.server";
import { findOrCreateSource } from "../sources/find-or-create-source.server";
import { parseInput } from "../validation/parse-input";
import { checkForecast, passes } from "./check-forecast";
import { refuseDuplicateForecast } from "./refuse-duplicate-forecast.server";
import { type CreateForecastInput, createForecastInput } from "./forecast-input";

function invalid(details: Record<string, string>): never {
  throw new AppError(AppErrorCode.INVALID_INPUT, "The forecast is not valid; nothing was saved.", details);
}

/**
 * Logs a forecast (analysts and up): finds or creates its forecaster and source, reads its
 * probability, checks it against question and source, and rescores the question, in one
 * transaction that writes nothing unless all of it holds.
 */
export async function createForecast(options: { db: Db; actor: Actor | null; input: unknown; now?: Date }) {
  const actor = requireRole(options.actor, "ANALYST", "log forecasts");
  const input = parseInput(createForecastInput, options.input, "forecast");
  return runTransaction(options.db, (tx) => insertForecast(tx, actor, input, options.now));
}

/**
 * The write itself, for callers that log a forecast inside a larger transaction. It locks the
 * question first (ADR 0009), so the duplicate check below and the rescoring cannot race
 * another write to the same question.
 */
export async function insertForecast(tx: Prisma.TransactionClient, actor: Actor, input: CreateForecastInput, now?: Date) {
  await lockQuestions(tx, [input.questionId]);
  const question = await tx.question.findUnique({ where: { id: input.questionId } });
  const known = {
    forecaster: input.forecasterId ? await tx.forecaster.findUnique({ where: { id: input.forecasterId } }) : undefined,
    source: input.sourceId ? await tx.source.findUnique({ where: { id: input.sourceId } }) : undefined,
  };
  const missing: Record<string, string> = {};
  if (!question) missing.questionId = "no question has this id";
  if (known.forecaster === null) missing.forecasterId = "no forecaster has this id";
  if (known.source === null) missing.sourceId = "no source has this id";
  if (Object.keys(missing).length > 0) invalid(missing);
  const forecaster = known.forecaster ?? (await findOrCreateForecaster(tx, actor, input.forecaster!));
  const source = known.source ?? (await findOrCreateSource(tx, actor, input.source!));
  const draft = {
    madeAt: input.madeAt ? parseIsoDate(input.madeAt)! : source.publishedAt,
    quote: input.quote,
    phrase: input.phrase ?? null,
    phraseRefersTo: input.phraseRefersTo,
    probability: input.probability,
    probabilitySource: input.probabilitySource,
  };
  const check = checkForecast({ draft, question: question!, source, now });
  if (!passes(check)) invalid(check.problems);
  await refuseDuplicateForecast(tx, { questionId: question!.id, sourceId: source.id, quote: draft.quote });
  const forecast = await tx.forecast.create({
    data: {
      questionId: question!.id,
      forecasterId: forecaster.id,
      sourceId: source.id,
      madeAt: draft.madeAt,
      quote: draft.quote,
      phrase: draft.phrase,
      phraseRefersTo: draft.phraseRefersTo,
      note: input.note ?? null,
      loggedById: actor.id,
      ...check.numbers,
    },
  });
  await recordAuditEvent(tx, { actorId: actor.id, action: "forecast.create", entityType: "Forecast", entityId: forecast.id, after: forecast });
  await refreshQuestions(tx, [question!.id]);
  return forecast;
}
