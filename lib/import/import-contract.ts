// The contract of POST /api/v1/import: its query and its answer (the body is the export's
// document, lib/export/export-contract.ts, or a CSV with the columns of lib/import/csv-columns.ts).
import { z } from "zod";

export const importQuery = z.strictObject({
  dryRun: z.enum(["0", "1", "true", "false"], { error: "must be 1 (only check) or 0" }).optional(),
});

const counts = z.strictObject({
  questions: z.number().int(),
  forecasters: z.number().int(),
  sources: z.number().int(),
  forecasts: z.number().int(),
  outcomes: z.number().int(),
});

export const importResult = z.strictObject({
  dryRun: z.boolean(),
  /** The audit event's entity id; null for a dry run. */
  importId: z.string().nullable(),
  created: counts,
  matched: counts,
  /** One per forecast row; in a dry run the ids of what it would create are only planned. */
  rows: z.array(z.strictObject({ row: z.number().int(), action: z.enum(["create", "match"]), forecastId: z.string(), questionId: z.string() })),
});
