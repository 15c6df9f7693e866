// What describes a source: logging a forecast from a new source and pasting an article both
// give these fields, checked alike.
import { z } from "zod";
import { httpUrl, isoDate, text } from "../validation/fields";

export const sourceDescription = z.strictObject({
  url: httpUrl.optional(),
  outlet: text(200),
  title: text(500),
  publishedAt: isoDate,
  byline: text(300).optional(),
});
