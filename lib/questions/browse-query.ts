// The question browser's filters, as the page's URL and the API's query string give them.
import { z } from "zod";
import { isoDate, text } from "../validation/fields";
import { tag } from "./question-input";

export const BROWSE_STATUSES = ["open", "due-soon", "overdue", "resolved", "annulled"] as const;
export const BROWSE_SORTS = ["deadline", "newest", "forecasts"] as const;
export type BrowseStatus = (typeof BROWSE_STATUSES)[number];
export type BrowseSort = (typeof BROWSE_SORTS)[number];

/** "Due soon" is an open question whose deadline is today or within this many days. */
export const DUE_SOON_DAYS = 30;

/** The filters alone (the CSV export of the browser takes these). */
export const browseFilterFields = {
  status: z.enum(BROWSE_STATUSES, { error: `must be one of ${BROWSE_STATUSES.join(", ")}` }).optional(),
  /** A forecaster's slug or name. */
  forecaster: text(200).optional(),
  outlet: text(200).optional(),
  tag: tag.optional(),
  /** Words to find in questions and in the quotes of their forecasts. */
  q: text(200).optional(),
  deadlineFrom: isoDate.optional(),
  deadlineTo: isoDate.optional(),
};

export function deadlinesInOrder<T extends z.ZodType<{ deadlineFrom?: string; deadlineTo?: string }>>(schema: T) {
  return schema.refine((q) => !q.deadlineFrom || !q.deadlineTo || q.deadlineFrom <= q.deadlineTo, {
    path: ["deadlineTo"],
    message: "must not be before deadlineFrom",
  });
}

export const browseQuery = deadlinesInOrder(
  z.strictObject({
    ...browseFilterFields,
    sort: z.enum(BROWSE_SORTS, { error: `must be one of ${BROWSE_SORTS.join(", ")}` }).default("deadline"),
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number({ error: "must be a number" }).int().min(1, "must be at least 1").max(100, "must be at most 100").default(20),
  }),
);

export type BrowseQuery = z.output<typeof browseQuery>;
