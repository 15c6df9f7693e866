// Test data made through the same domain functions the app uses, with names of its own.
import { createForecast } from "../../lib/forecasts/create-forecast.server";
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
