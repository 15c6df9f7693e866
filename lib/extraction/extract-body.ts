// The body of POST /api/v1/extract: an article's text and what is known of it.
import { z } from "zod";
import { httpUrl, isoDate, text } from "../validation/fields";

export const extractBody = z.strictObject({
  text: z.string({ error: "must be the article's text" }).refine((t) => t.trim().length > 0, "must not be empty"),
  outlet: text(200).optional(),
  title: text(500).optional(),
  url: httpUrl.optional(),
  publishedAt: isoDate.optional(),
});
