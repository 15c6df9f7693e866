// The leaderboard's options, as the page's URL and the API's query string give them.
import { z } from "zod";
import { isoDate } from "../validation/fields";

export const LEADERBOARD_SORTS = ["brier", "relative", "log", "resolved"] as const;
export type LeaderboardSort = (typeof LEADERBOARD_SORTS)[number];

export const leaderboardQuery = z
  .strictObject({
    sort: z.enum(LEADERBOARD_SORTS, { error: `must be one of ${LEADERBOARD_SORTS.join(", ")}` }).default("brier"),
    tag: z.string().trim().min(1).max(60).optional(),
    /** Forecasts made on or after this day. */
    from: isoDate.optional(),
    /** Forecasts made on or before this day. */
    to: isoDate.optional(),
    /** Forecasters with fewer scored questions are listed apart, unranked. */
    minResolved: z.coerce.number().int().min(1, "must be at least 1").max(1000).optional(),
    page: z.coerce.number().int().min(1, "must be at least 1").max(100_000).default(1),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "must not be before from" });

export type LeaderboardQuery = z.output<typeof leaderboardQuery>;
