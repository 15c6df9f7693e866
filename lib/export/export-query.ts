// The query of GET /api/v1/export: the whole dataset, or what concerns one question, forecaster or source.
import { z } from "zod";

export const exportQuery = z.strictObject({
  questionId: z.string().min(1).optional(),
  forecasterId: z.string().min(1).optional(),
  sourceId: z.string().min(1).optional(),
});
