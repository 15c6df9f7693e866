// The row shape of a forecaster's score sums as SQL returns them (lib/scoring/totals-sql.ts, the
// ForecasterTotals table): integers cast to int, sums to float8, so that none arrives as a bigint
// or a Decimal. Every raw read of totals checks its rows against it (lib/db/parse-rows.ts).
import { z } from "zod";
import type { ForecasterTotals } from "../scoring/forecaster-stats";

export const forecasterTotalsRow = z.object({
  n: z.number().int(),
  sumBrier: z.number(),
  sumBrierSquares: z.number(),
  sumLog: z.number(),
  nRelative: z.number().int(),
  sumRelative: z.number(),
  sumBestBrier: z.number(),
  sumWorstBrier: z.number(),
}) satisfies z.ZodType<ForecasterTotals>;
