// The exact shape of every /api/v1 answer, as zod schemas: the serialisers
// (lib/api/serializers.ts) and the routes build their answers to these types, and the OpenAPI
// document (lib/api/openapi-document.ts) publishes them. Objects are strict, so a field a
// route adds or drops without saying so fails lib/api/responses.db.test.ts. Pure.
import { z } from "zod";
import { forecasterKind, outcomeValue, probabilitySource, questionSide } from "../validation/fields";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ description: "A calendar date, YYYY-MM-DD." });
const isoMoment = z.iso.datetime().meta({ description: "A moment, ISO 8601 in UTC." });
const unit = z.number().min(0).max(1);
const questionStatus = z.enum(["OPEN", "RESOLVED", "ANNULLED"]);

export const outcomeResponse = z
  .strictObject({
    value: outcomeValue,
    resolvedAt: isoDay,
    evidenceUrl: z.string().nullable(),
    note: z.string().nullable(),
    setAt: isoMoment,
    replacedAt: isoMoment.nullable(),
    replaceReason: z.string().nullable(),
  })
  .meta({ id: "Outcome" });

export const questionResponse = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    criteria: z.string(),
    deadline: isoDay,
    tags: z.array(z.string()),
    status: questionStatus,
    version: z.number().int().meta({ description: "Send it back when changing the outcome, to detect a conflict." }),
    forecastCount: z.number().int(),
    createdAt: isoMoment,
    archivedAt: isoMoment.nullable(),
  })
  .meta({ id: "Question" });

export const forecastResponse = z
  .strictObject({
    id: z.string(),
    questionId: z.string(),
    forecasterId: z.string(),
    sourceId: z.string(),
    madeAt: isoDay,
    loggedAt: isoMoment,
    quote: z.string(),
    phrase: z.string().nullable(),
    phraseRefersTo: questionSide,
    probability: unit.meta({ description: "The probability of YES." }),
    probabilitySource,
    scale: z.string().nullable(),
    low: unit.nullable(),
    high: unit.nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: "Forecast" });

export const forecasterResponse = z
  .strictObject({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    kind: forecasterKind,
    affiliation: z.string().nullable(),
    description: z.string().nullable(),
  })
  .meta({ id: "Forecaster" });

const interval = z.tuple([z.number(), z.number()]);

export const forecasterStatsResponse = z.strictObject({
  resolved: z.number().int(),
  brier: z.number().nullable(),
  brierInterval: interval.nullable(),
  logScore: z.number().nullable(),
  skill: z.number().nullable(),
  relativeBrier: z.number().nullable(),
  brierRangeUnderScale: interval.nullable(),
  reliability: z.number().nullable(),
  resolution: z.number().nullable(),
  uncertainty: z.number().nullable(),
});

export const calibrationBinResponse = z.strictObject({
  lo: unit,
  hi: unit,
  n: z.number().int(),
  meanForecast: z.number().nullable(),
  observed: z.number().nullable(),
  ciLow: z.number().nullable(),
  ciHigh: z.number().nullable(),
});

// ── Routes ─────────────────────────────────────────────────────────────────────────────

export const questionListResponse = z.strictObject({
  items: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      deadline: isoDay,
      tags: z.array(z.string()),
      status: questionStatus,
      forecastCount: z.number().int(),
      createdAt: isoMoment,
      state: z.enum(["open", "awaiting", "resolved", "annulled"]),
      outcome: z.strictObject({ value: outcomeValue, resolvedAt: isoDay }).nullable(),
      /** How many forecasters have forecast the question; `latest` names the most recent of them (at most 8). */
      forecasterCount: z.number().int(),
      latest: z.array(z.strictObject({ forecaster: z.strictObject({ slug: z.string(), name: z.string() }), probability: unit, madeAt: isoDay })),
    }),
  ),
  nextCursor: z.string().nullable(),
});

export const oneQuestionResponse = z.strictObject({ question: questionResponse });

export const questionDetailResponse = z.strictObject({
  question: questionResponse.extend({ outcome: outcomeResponse.nullable() }),
  forecasts: z.array(
    forecastResponse.extend({
      forecaster: z.strictObject({ id: z.string(), slug: z.string(), name: z.string(), kind: forecasterKind }),
      score: z.strictObject({ brier: z.number(), logScore: z.number(), relativeBrier: z.number().nullable() }).nullable(),
    }),
  ),
  outcomeHistory: z.array(outcomeResponse),
});

export const deletedQuestionResponse = z.strictObject({ deleted: z.strictObject({ id: z.string() }) });

export const setOutcomeResponse = z.strictObject({ outcome: outcomeResponse, version: z.number().int() });
export const undoOutcomeResponse = z.strictObject({ outcome: z.null(), version: z.number().int() });

export const oneForecastResponse = z.strictObject({ forecast: forecastResponse });
export const deletedForecastResponse = z.strictObject({ deleted: z.strictObject({ id: z.string(), questionId: z.string() }) });

export const leaderboardResponse = z.strictObject({
  items: z.array(
    z.strictObject({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      rank: z.number().int(),
      resolved: z.number().int(),
      brier: z.number().nullable(),
      brierInterval: interval.nullable(),
      logScore: z.number().nullable(),
      skill: z.number().nullable(),
      relativeBrier: z.number().nullable(),
    }),
  ),
  nextPage: z.number().int().nullable(),
});

export const forecasterDetailResponse = z.strictObject({
  forecaster: forecasterResponse,
  stats: forecasterStatsResponse,
  calibration: z.array(calibrationBinResponse),
  forecasts: z.array(
    forecastResponse.extend({
      question: z.string().meta({ description: "The question's title." }),
      score: z
        .strictObject({
          outcome: z.enum(["YES", "NO"]),
          resolvedAt: isoDay,
          brier: z.number(),
          logScore: z.number(),
          relativeBrier: z.number().nullable(),
          brierAtLow: z.number(),
          brierAtHigh: z.number(),
        })
        .nullable(),
    }),
  ),
});

export const oneForecasterResponse = z.strictObject({ forecaster: forecasterResponse });

const mergedForecaster = z.strictObject({ id: z.string(), slug: z.string(), name: z.string() });
export const mergeForecastersResponse = z.strictObject({ kept: mergedForecaster, merged: mergedForecaster, forecastIds: z.array(z.string()) });

const mergedSource = z.strictObject({ id: z.string(), title: z.string() });
export const mergeSourcesResponse = z.strictObject({
  kept: mergedSource,
  merged: mergedSource,
  forecastIds: z.array(z.string()),
  removedDuplicates: z.array(z.string()),
});

export const oneSourceResponse = z.strictObject({
  source: z.strictObject({
    id: z.string(),
    url: z.string().nullable(),
    outlet: z.string(),
    title: z.string(),
    publishedAt: isoDay,
    byline: z.string().nullable(),
    textHash: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: isoMoment,
    updatedAt: isoMoment,
  }),
});

export const forecasterSearchResponse = z.strictObject({
  items: z.array(z.strictObject({ id: z.string(), slug: z.string(), name: z.string(), kind: forecasterKind, affiliation: z.string().nullable() })),
});

export const sourceSearchResponse = z.strictObject({
  items: z.array(z.strictObject({ id: z.string(), outlet: z.string(), title: z.string(), url: z.string().nullable(), publishedAt: isoDay })),
});

export const extractResponse = z.strictObject({
  candidates: z.array(
    z.strictObject({
      quote: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      forecaster: z.string(),
      forecasterKind: z.enum(["PERSON", "ORGANISATION", "UNNAMED_GROUP"]),
      phrase: z.string(),
      band: z.string(),
      low: unit,
      high: unit,
      probability: unit,
      probabilitySource: z.enum(["SCALE", "STATED"]),
      statedProbability: unit.nullable(),
      suggestedQuestion: z.string(),
    }),
  ),
});

export const openApiResponse = z
  .looseObject({ openapi: z.literal("3.1.0"), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) })
  .meta({ description: "This document (OpenAPI 3.1)." });
