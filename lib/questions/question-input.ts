// What an analyst sends to create or edit a question.
import { z } from "zod";
import { isoDate, text } from "../validation/fields";

export const tag = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "tags are lower-case words joined by hyphens, like summit-2024")
  .max(60);

const fields = {
  title: text(300).refine((t) => t.endsWith("?"), "must be a yes/no question ending with '?'"),
  criteria: text(4000),
  deadline: isoDate,
  tags: z.array(tag).max(10, "at most 10 tags").default([]),
};

export const createQuestionInput = z.strictObject(fields);
export const updateQuestionInput = z.strictObject({
  title: fields.title.optional(),
  criteria: fields.criteria.optional(),
  deadline: fields.deadline.optional(),
  tags: z.array(tag).max(10, "at most 10 tags").optional(),
});
