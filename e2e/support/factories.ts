// Test data made through the same domain functions the app uses, with names of its own.
import { createForecast } from "../../lib/forecasts/create-forecast.server";
import { setOutcome } from "../../lib/outcomes/set-outcome.server";
import { createQuestion } from "../../lib/questions/create-question.server";
import { commandLineActor } from "../../lib/users/system-actor.server";
import { testDb, unique } from "./database";

type ForecastSpec = { forecaster: string; quote: string; probability: number; madeAt: string };

/** A question due on `deadline` with one forecast per spec, each from its own new source. */
export async function createQuestionWithForecasts(options: { title?: string; deadline: string; forecasts: ForecastSpec[] }) {
  const db = testDb();
  const actor = await commandLineActor(db);
  const title = options.title ?? `Will the ${unique("factory")} event happen by ${options.deadline}?`;
  const question = await createQuestion({
    db,
    actor,
    input: { title, criteria: `YES if the event happens on or before ${options.deadline}.`, deadline: options.deadline, tags: ["e2e"] },
  });
  for (const spec of options.forecasts) {
    await createForecast({
      db,
      actor,
      input: {
        questionId: question.id,
        forecaster: { name: spec.forecaster },
        source: { outlet: "The Factory Gazette", title: unique("report"), publishedAt: spec.madeAt },
        quote: spec.quote,
        probability: spec.probability,
        probabilitySource: "STATED",
      },
    });
  }
  return question;
}

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A new forecaster with `count` scored forecasts spread evenly over `years` years from `from`:
 * one question each, resolved two months after the forecast, alternately YES and NO. A rival
 * forecasts on the same day and probability on every other question (points at the same place).
 */
export async function createForecasterWithHistory(options: { years: number; count: number; from?: string }) {
  const db = testDb();
  const actor = await commandLineActor(db);
  const name = `Forecaster ${unique("history")}`;
  const rival = `Rival ${unique("history")}`;
  const start = Date.parse(options.from ?? "2019-01-10");
  const step = (options.years * 365 * DAY) / Math.max(1, options.count - 1);
  for (let i = 0; i < options.count; i++) {
    const madeAt = isoDay(start + i * step);
    const probability = [0.1, 0.35, 0.5, 0.7, 0.92][i % 5]!;
    const question = await createQuestionWithForecasts({
      deadline: isoDay(start + i * step + 60 * DAY),
      forecasts: [
        { forecaster: name, quote: `It is ${probability} likely, says ${name} (${i}).`, probability, madeAt },
        ...(i % 2 === 0 ? [{ forecaster: rival, quote: `Same call from the rival (${i}).`, probability, madeAt }] : []),
      ],
    });
    await setOutcome({
      db,
      actor,
      questionId: question.id,
      input: { value: i % 2 === 0 ? "YES" : "NO", resolvedAt: isoDay(start + i * step + 60 * DAY), note: "Settled by the test factory." },
    });
  }
  return db.forecaster.findFirstOrThrow({ where: { name }, select: { id: true, slug: true, name: true } });
}
