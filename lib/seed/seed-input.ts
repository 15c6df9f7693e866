// The shape of a seed dataset, as data files write it (see prisma/seed/).
import { z } from "zod";
import { forecasterKind, httpUrl, isoDate, outcomeValue, probabilitySource, questionSide, text } from "../validation/fields";

const key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens");

export const seedSourceSchema = z.strictObject({
  key,
  outlet: text(200),
  title: text(500),
  url: httpUrl.optional(),
  publishedAt: isoDate,
  byline: text(300).optional(),
  note: text(2000).optional(),
  /** The article's full text; every quote must be found in it. */
  text: text(1_000_000),
});

export const seedForecasterSchema = z.strictObject({
  slug: key,
  name: text(200),
  kind: forecasterKind,
  affiliation: text(300).optional(),
  description: text(2000).optional(),
});

export const seedOutcomeSchema = z.strictObject({
  value: outcomeValue,
  resolvedAt: isoDate,
  evidenceUrl: httpUrl.optional(),
  /** The evidence in words; for ANNULLED, why the question can never be settled. */
  note: text(4000),
});

export const seedQuestionSchema = z.strictObject({
  id: key,
  title: text(300).refine((t) => t.endsWith("?"), "must be a yes/no question ending with '?'"),
  criteria: text(4000),
  deadline: isoDate,
  tags: z.array(key).max(10),
  outcome: seedOutcomeSchema.optional(),
});

export const seedForecastSchema = z.strictObject({
  question: key,
  forecaster: key,
  source: key,
  /** The day the statement was made, when the text dates it; otherwise the source's date. */
  madeAt: isoDate.optional(),
  quote: text(5000),
  /** The probability words as written; "…" marks words left out between two parts. */
  phrase: text(200).nullable(),
  refersTo: questionSide.default("YES"),
  /** SCALE (the default) reads the phrase on the scale; STATED and JUDGEMENT give the number. */
  probabilitySource: probabilitySource.default("SCALE"),
  probability: z.number().min(0, "must be at least 0").max(1, "must be at most 1").optional(),
  note: text(2000).optional(),
});

export const seedInputSchema = z.strictObject({
  name: text(200),
  sources: z.array(seedSourceSchema).min(1),
  forecasters: z.array(seedForecasterSchema).min(1),
  questions: z.array(seedQuestionSchema).min(1),
  forecasts: z.array(seedForecastSchema).min(1),
});

export type SeedInput = z.input<typeof seedInputSchema>;
export type ParsedSeedInput = z.output<typeof seedInputSchema>;
