// The query of every search-as-you-type endpoint: what was typed, and how many answers.
import { z } from "zod";

export const searchQuery = z.strictObject({
  q: z.string().max(200).default(""),
  limit: z.coerce.number().int().min(1, "must be at least 1").max(50, "must be at most 50").default(10),
});
