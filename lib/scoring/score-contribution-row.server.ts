// A score row's contribution to its forecaster's totals, as raw SQL reads or deletes it
// (lib/scoring/totals-delta.ts applies it); checked by lib/db/parse-rows.ts.
import { z } from "zod";
import type { ScoreContribution } from "./totals-delta";

export const scoreContributionRow = z.object({
  forecasterId: z.string(),
  brier: z.number(),
  logScore: z.number(),
  relativeBrier: z.number().nullable(),
  brierAtLow: z.number(),
  brierAtHigh: z.number(),
}) satisfies z.ZodType<ScoreContribution>;
