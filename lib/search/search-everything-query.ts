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

const group = <T extends z.ZodType>(item: T) =>
  z.object({
    total: z.number().int().meta({ description: "Matches, counted up to 1000." }),
    more: z.boolean().meta({ description: "true when the count stopped at 1000." }),
    items: z.array(item).meta({ description: "The best `limit` matches, best first." }),
  });
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The answer: the search as run, and each group. A DB test checks real answers against it. */
export const searchEverythingResult = z.strictObject({
  term: z.string().meta({ description: "The search as run: lower case, punctuation dropped, cut to 100 characters." }),
  questions: group(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      status: z.enum(["OPEN", "RESOLVED", "ANNULLED"]),
      state: z.enum(["open", "awaiting", "resolved", "annulled"]),
      deadline: isoDay,
    }),
  ),
  forecasters: group(
    z.strictObject({
      slug: z.string(),
      name: z.string(),
      kind: z.enum(["PERSON", "ORGANISATION", "UNNAMED_GROUP"]),
      affiliation: z.string().nullable(),
      alias: z.string().nullable(),
    }),
  ),
  sources: group(z.strictObject({ id: z.string(), outlet: z.string(), title: z.string(), publishedAt: isoDay })),
  outlets: group(z.strictObject({ outlet: z.string(), sources: z.number().int() })),
  quotes: group(
    z.strictObject({
      forecastId: z.string(),
      quote: z.string(),
      questionId: z.string(),
      questionTitle: z.string(),
      forecasterSlug: z.string(),
      forecasterName: z.string(),
    }),
  ),
});
