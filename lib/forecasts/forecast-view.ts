// The fields every page shows of a forecast, in one place.
import type { Prisma } from "../generated/prisma/client";

export const forecastView = {
  id: true,
  madeAt: true,
  loggedAt: true,
  quote: true,
  phrase: true,
  phraseRefersTo: true,
  probability: true,
  probabilitySource: true,
  scale: true,
  low: true,
  high: true,
  note: true,
  /** Present when this is the forecast that counts on a resolved question. */
  score: { select: { brier: true, logScore: true, brierAtLow: true, brierAtHigh: true, relativeBrier: true, outcome: true, resolvedAt: true } },
  forecaster: { select: { id: true, slug: true, name: true, kind: true } },
  source: { select: { id: true, outlet: true, title: true, url: true, publishedAt: true } },
  question: {
    select: {
      id: true,
      title: true,
      deadline: true,
      status: true,
      outcomes: { where: { replacedAt: null }, select: { value: true, resolvedAt: true } },
    },
  },
} satisfies Prisma.ForecastSelect;

export type ForecastView = Prisma.ForecastGetPayload<{ select: typeof forecastView }>;
