// Field rules shared by every contract, so a date, a URL or a kind of forecaster is checked
// (and its error worded) the same way everywhere.
import { z } from "zod";
import { parseIsoDate } from "../dates";

/** A calendar date; an empty one is "required", not a format rule (it is never optional where this runs). */
export const isoDate = z.string().superRefine((s, ctx) => {
  if (s.trim() === "") ctx.addIssue({ code: "custom", message: "is required" });
  else if (parseIsoDate(s) === null) ctx.addIssue({ code: "custom", message: "must be a calendar date written YYYY-MM-DD" });
});

export const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

export const httpUrl = z
  .url({ protocol: /^https?$/, error: "must be a web address starting with http:// or https://" })
  .max(2000, "must be at most 2000 characters");

/** Emails are compared in lower case: sign-in and account creation read them alike. */
export const email = z
  .email("must be an email address")
  .max(320)
  .transform((e) => e.toLowerCase());

function choice<const T extends readonly [string, ...string[]]>(values: T) {
  const listed = values.length === 2 ? values.join(" or ") : `${values.slice(0, -1).join(", ")} or ${values.at(-1)}`;
  return z.enum(values, { error: `must be ${listed}` });
}

export const forecasterKind = choice(["PERSON", "ORGANISATION", "UNNAMED_GROUP"]);
/** Which side of the question a probability phrase speaks of. */
export const questionSide = choice(["YES", "NO"]);
/** How a forecast's number was obtained. */
export const probabilitySource = choice(["SCALE", "STATED", "JUDGEMENT"]);
export const outcomeValue = choice(["YES", "NO", "ANNULLED"]);

export type ForecasterKind = z.output<typeof forecasterKind>;
