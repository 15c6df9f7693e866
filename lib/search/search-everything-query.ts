// The query of the one search (GET /api/v1/search and the /search page): what was typed and
// how many of each group to show. Input past MAX_SEARCH_LENGTH is cut, not refused: a pasted
// sentence is still a search; only absurd lengths are a malformed request.
import { z } from "zod";

export const searchEverythingQuery = z.strictObject({
  q: z
    .string()
    .max(2000, "must be at most 2000 characters")
    .default("")
    .meta({ description: "Words to find; case, punctuation and small typos do not matter. Cut to 100 characters." }),
  limit: z.coerce.number({ error: "must be a number" }).int().min(1, "must be at least 1").max(50, "must be at most 50").default(10),
});
