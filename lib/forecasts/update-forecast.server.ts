import { recordAuditEvent } from "../audit/record-audit-event.server";
import { type Actor, requireRole } from "../auth/require-role";
import type { Db } from "../db/client.server";
import { lockQuestionsOfMove } from "../db/lock-questions.server";
import { runTransaction, type Tx } from "../db/run-transaction.server";
import { parseIsoDate } from "../dates";
import { AppError, AppErrorCode } from "../errors/app-error";
import { refreshQuestions } from "../scoring/refresh-questions.server";
import type { ProbabilitySource } from "../probability/resolve-probability";
import { parseInput } from "../validation/parse-input";
import { checkForecast, passes } from "./check-forecast";
import { refuseDuplicateForecast } from "./refuse-duplicate-forecast.server";
import { updateForecastInput } from "./forecast-input";

function invalid(details: Record<string, string>): never {
  throw new AppError(AppErrorCode.INVALID_INPUT, "The change to the forecast is not valid; nothing was saved.", details);
}

/**
 * Edits a forecast (analysts and up), and moves it to another question, forecaster or source.
 * The edited forecast must keep every rule a new one keeps, against the question and source it
 * ends up on; a new phrase is read again unless a number is given. Audited; the question it
 * left and the one it joined are rescored in the same transaction.
 */
export async function updateForecast(options: { db: Db; actor: Actor | null; forecastId: string; input: unknown; now?: Date }) {
  const actor = requireRole(options.actor, "ANALYST", "edit forecasts");
  const input = parseInput(updateForecastInput, options.input, "change to the forecast");
  return runTransaction(options.db, async (tx) => {
    // First, as in every write (ADR 0009): both questions of a move, in id order.
    await lockQuestionsOfMove(tx, options.forecastId, input.questionId);
    const before = await tx.forecast.findUnique({ where: { id: options.forecastId } });
    if (!before) throw new AppError(AppErrorCode.NOT_FOUND, `There is no forecast with id "${options.forecastId}".`);
    const { question, source } = await loadTargets(tx, before, input);
    const draft = {
      madeAt: input.madeAt ? parseIsoDate(input.madeAt)! : before.madeAt,
      quote: input.quote ?? before.quote,
      phrase: input.phrase === undefined ? before.phrase : input.phrase,
      phraseRefersTo: input.phraseRefersTo ?? before.phraseRefersTo,
      ...nextNumber(before, input),
    };
    const check = checkForecast({ draft, question, source, now: options.now });
    if (!passes(check)) invalid(check.problems);
    await refuseDuplicateForecast(tx, { questionId: question.id, sourceId: source.id, quote: draft.quote, exceptId: before.id });
    const after = await tx.forecast.update({
      where: { id: before.id },
      data: {
        questionId: question.id,
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
    const moved = after.questionId !== before.questionId || after.forecasterId !== before.forecasterId || after.sourceId !== before.sourceId;
    const action = moved ? "forecast.move" : "forecast.update";
    await recordAuditEvent(tx, { actorId: actor.id, action, entityType: "Forecast", entityId: before.id, before, after });
    await refreshQuestions(tx, [before.questionId, after.questionId]);
    return after;
  });
}

/** The question, source and forecaster the edited forecast ends up with; unknown ids are invalid input. */
async function loadTargets(tx: Tx, before: { questionId: string; sourceId: string }, input: { questionId?: string; sourceId?: string; forecasterId?: string }) {
  const question = await tx.question.findUnique({ where: { id: input.questionId ?? before.questionId } });
  const source = await tx.source.findUnique({ where: { id: input.sourceId ?? before.sourceId } });
  const forecaster = input.forecasterId ? await tx.forecaster.findUnique({ where: { id: input.forecasterId } }) : true;
  if (!question || !source || !forecaster) {
    invalid({
      ...(question ? {} : { questionId: "no question has this id" }),
      ...(source ? {} : { sourceId: "no source has this id" }),
      ...(forecaster ? {} : { forecasterId: "no forecaster has this id" }),
    });
  }
  return { question, source };
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
