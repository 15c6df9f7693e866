// The JSON that GET /api/v1/export returns. Dates are ISO strings; `probability` is the
// probability of YES. Also the contract an import would read back.
import { z } from "zod";
import { forecasterKind, outcomeValue, probabilitySource, questionSide } from "../validation/fields";

const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime();
const probability = z.number().min(0).max(1);

export const exportContract = z.strictObject({
  version: z.literal(1),
  exportedAt: isoDateTime,
  forecasters: z.array(
    z.strictObject({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      kind: forecasterKind,
      affiliation: z.string().nullable(),
    }),
  ),
  sources: z.array(
    z.strictObject({
      id: z.string(),
      outlet: z.string(),
      title: z.string(),
      url: z.string().nullable(),
      publishedAt: isoDate,
      byline: z.string().nullable(),
    }),
  ),
  questions: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      criteria: z.string(),
      deadline: isoDate,
      tags: z.array(z.string()),
      status: z.enum(["OPEN", "RESOLVED", "ANNULLED"]),
      outcome: z
        .strictObject({
          value: outcomeValue,
          resolvedAt: isoDate,
          evidenceUrl: z.string().nullable(),
          note: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
  forecasts: z.array(
    z.strictObject({
      id: z.string(),
      questionId: z.string(),
      forecasterId: z.string(),
      sourceId: z.string(),
      madeAt: isoDate,
      loggedAt: isoDateTime,
      quote: z.string(),
      phrase: z.string().nullable(),
      phraseRefersTo: questionSide,
      probability,
      probabilitySource,
      scale: z.string().nullable(),
      low: probability.nullable(),
      high: probability.nullable(),
    }),
  ),
});

export type HindsightExport = z.infer<typeof exportContract>;
