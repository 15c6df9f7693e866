// What an analyst sends to log or edit a forecast, as a form or through the API. The
// forecaster and the source are named by id, or described to be found or created.
import { z } from "zod";
import { sourceDescription } from "../sources/source-input";
import { forecasterKind, isoDate, probabilitySource, questionSide, text } from "../validation/fields";

export const MAX_QUOTE_LENGTH = 5000;

const id = z.string().trim().min(1, "must not be empty").max(100);

export const forecasterDescription = z.strictObject({
  name: text(200),
  kind: forecasterKind.default("PERSON"),
  affiliation: text(300).optional(),
});

const probability = z
  .number({ error: "must be a number between 0 and 1" })
  .min(0, "must be a number between 0 and 1")
  .max(1, "must be a number between 0 and 1");

/** The fields of a forecast itself, shared by logging and editing. */
const forecastFields = {
  madeAt: isoDate.optional(),
  quote: text(MAX_QUOTE_LENGTH),
  phrase: text(200).nullable().optional(),
  phraseRefersTo: questionSide.default("YES"),
  probability: probability.optional(),
  probabilitySource: probabilitySource.optional(),
  note: text(2000).optional(),
};

export const createForecastInput = z
  .strictObject({
    questionId: id,
    forecasterId: id.optional(),
    forecaster: forecasterDescription.optional(),
    sourceId: id.optional(),
    source: sourceDescription.optional(),
    ...forecastFields,
  })
  .superRefine((f, ctx) => {
    if (!f.forecasterId === !f.forecaster) {
      ctx.addIssue({ code: "custom", path: ["forecasterId"], message: "give either forecasterId or forecaster { name, kind }" });
    }
    if (!f.sourceId === !f.source) {
      ctx.addIssue({ code: "custom", path: ["sourceId"], message: "give either sourceId or source { outlet, title, publishedAt, url? }" });
    }
  });

/** Any subset of the fields; the result must pass the same rules as a new forecast. */
export const updateForecastInput = z.strictObject({
  /** Moves the forecast to another question (both are rescored). */
  questionId: id.optional(),
  forecasterId: id.optional(),
  sourceId: id.optional(),
  madeAt: isoDate.optional(),
  quote: text(MAX_QUOTE_LENGTH).optional(),
  phrase: text(200).nullable().optional(),
  phraseRefersTo: questionSide.optional(),
  probability: probability.nullable().optional(),
  probabilitySource: probabilitySource.optional(),
  note: text(2000).nullable().optional(),
});

export type CreateForecastInput = z.output<typeof createForecastInput>;
