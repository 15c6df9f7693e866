// What an editor sends to set, change or undo an outcome (API body and form alike).
import { z } from "zod";
import { httpUrl, isoDate, outcomeValue, text } from "../validation/fields";

const expectedVersion = z.number().int().nonnegative().optional();

export const setOutcomeInput = z
  .strictObject({
    value: outcomeValue,
    /** The day the outcome became known. */
    resolvedAt: isoDate,
    evidenceUrl: httpUrl.optional(),
    note: text(4000).optional(),
    /** Required when the question already has an outcome. */
    reason: text(1000).optional(),
    /** The question's version the editor saw; a newer one means someone else acted first. */
    expectedVersion,
  })
  .refine((o) => o.evidenceUrl !== undefined || o.note !== undefined, {
    path: ["evidenceUrl"],
    message: "give the evidence: a URL, a note, or both",
  });

export const undoOutcomeInput = z.strictObject({ reason: text(1000), expectedVersion });

export type SetOutcomeInput = z.input<typeof setOutcomeInput>;
