import { recordAuditEvent } from "../audit/record-audit-event.server";
import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { lockQuestionOfForecast } from "../db/lock-questions.server";
import { runTransaction } from "../db/run-transaction.server";
import { parseIsoDate } from "../dates";
import { AppError, AppErrorCode } from "../errors/app-error";
import { refreshQuestions } from "../scoring/refresh-questions.server";
import type { ProbabilitySource } from "../probability/resolve-probability";
import { parseInput } from "../validation/parse-input";
import { checkForecast, passes } from "./check-forecast";
import { refuseDuplicateForecast } from "./refuse-duplicate-forecast.server";
import { updateForecastInput } from "./forecast-input";

/**
 * Edits a forecast (analysts and up). The edited forecast must keep every rule a new one
 * keeps; a new phrase is read again unless a number is given. Audited, rescored.
 */
export async function updateForecast(options: { db: Db; actor: Actor | null; forecastId: string; input: unknown; now?: Date }) {
  const actor = requireRole(options.actor, "ANALYST", "edit forecasts");
  const input = parseInput(updateForecastInput, options.input, "change to the forecast");
  return runTransaction(options.db, async (tx) => {
    await lockQuestionOfForecast(tx, options.forecastId); // first, as in every write (ADR 0009)
    const before = await tx.forecast.findUnique({ where: { id: options.forecastId } });
    if (!before) throw new AppError(AppErrorCode.NOT_FOUND, `There is no forecast with id "${options.forecastId}".`);
    const question = await tx.question.findUniqueOrThrow({ where: { id: before.questionId } });
    const source = await tx.source.findUnique({ where: { id: input.sourceId ?? before.sourceId } });
    const forecaster = input.forecasterId ? await tx.forecaster.findUnique({ where: { id: input.forecasterId } }) : true;
    if (!source || !forecaster) {
      throw new AppError(AppErrorCode.INVALID_INPUT, "The change to the forecast is not valid; nothing was saved.", {
        ...(source ? {} : { sourceId: "no source has this id" }),
        ...(forecaster ? {} : { forecasterId: "no forecaster has this id" }),
      });
    }
    const draft = {
      madeAt: input.madeAt ? parseIsoDate(input.madeAt)! : before.madeAt,
      quote: input.quote ?? before.quote,
      phrase: input.phrase === undefined ? before.phrase : input.phrase,
      phraseRefersTo: input.phraseRefersTo ?? before.phraseRefersTo,
      ...nextNumber(before, input),
    };
    const check = checkForecast({ draft, question, source, now: options.now });
    if (!passes(check)) {
      throw new AppError(AppErrorCode.INVALID_INPUT, "The change to the forecast is not valid; nothing was saved.", check.problems);
    }
    await refuseDuplicateForecast(tx, { questionId: before.questionId, sourceId: source.id, quote: draft.quote, exceptId: before.id });
    const after = await tx.forecast.update({
      where: { id: before.id },
      data: {
        forecasterId: input.forecasterId ?? before.forecasterId,
        sourceId: source.id,
        madeAt: draft.madeAt,
        quote: draft.quote,
        phrase: draft.phrase,
        phraseRefersTo: draft.phraseRefersTo,
        note: input.note === undefined ? before.note : input.note,
        ...check.numbers,
      },
    });
    await recordAuditEvent(tx, { actorId: actor.id, action: "forecast.update", entityType: "Forecast", entityId: before.id, before, after });
    await refreshQuestions(tx, [before.questionId]);
    return after;
  });
}

/**
 * The number an edited forecast starts from: a number given now; else the number given before
 * (unless the edit asks to read the phrase again); else the phrase, read on the scale.
 */
function nextNumber(
  before: { probability: number; probabilitySource: ProbabilitySource },
  input: { probability?: number | null; probabilitySource?: ProbabilitySource },
): { probability?: number; probabilitySource?: ProbabilitySource } {
  if (typeof input.probability === "number") {
    const fallback = before.probabilitySource === "SCALE" ? "JUDGEMENT" : before.probabilitySource;
    return { probability: input.probability, probabilitySource: input.probabilitySource ?? fallback };
  }
  if (input.probability === null || input.probabilitySource === "SCALE" || before.probabilitySource === "SCALE") {
    return { probabilitySource: input.probabilitySource ?? "SCALE" };
  }
  return { probability: before.probability, probabilitySource: input.probabilitySource ?? before.probabilitySource };
}
