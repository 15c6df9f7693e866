// The JSON that GET /api/v1/export returns and POST /api/v1/import reads back. Dates are ISO
// strings; `probability` is the probability of YES. Version 2 carries everything an import
// needs to restore the data: each source's text, the whole outcome history with reasons,
// and who logged or resolved what (by email: ids differ between databases). Version 3 adds
// what fixing mistakes leaves behind: forecasters' aliases and sources' redirects (from
// merges) and archived questions. An import reads all three versions.
import { z } from "zod";
import { forecasterKind, outcomeValue, probabilitySource, questionSide } from "../validation/fields";

const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime();
const probability = z.number().min(0).max(1);
/** Who did it, by email; null when the account is unknown (an import falls back to the importer). */
const who = z.string().nullable();

export const exportedOutcome = z.strictObject({
  value: outcomeValue,
  resolvedAt: isoDate,
  evidenceUrl: z.string().nullable(),
  note: z.string().nullable(),
  setBy: who.optional(),
  setAt: isoDateTime.optional(),
  replacedAt: isoDateTime.nullable().optional(),
  replacedBy: who.optional(),
  replaceReason: z.string().nullable().optional(),
});

export const exportContract = z.strictObject({
  version: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  exportedAt: isoDateTime,
  forecasters: z.array(
    z.strictObject({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      kind: forecasterKind,
      affiliation: z.string().nullable(),
      description: z.string().nullable().optional(),
      /** Forecasters merged into this one: their old slugs lead here, their names find it. */
      aliases: z.array(z.strictObject({ slug: z.string(), name: z.string() })).optional(),
    }),
  ),
  sources: z.array(
    z.strictObject({
      id: z.string(),
      outlet: z.string(),
      title: z.string(),
      url: z.string().nullable(),
      publishedAt: isoDate,
      byline: z.string().nullable(),
      text: z.string().nullable().optional(),
      note: z.string().nullable().optional(),
      /** Ids of sources merged into this one, which lead here. */
      redirects: z.array(z.string()).optional(),
    }),
  ),
  questions: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      criteria: z.string(),
      deadline: isoDate,
      tags: z.array(z.string()),
      status: z.enum(["OPEN", "RESOLVED", "ANNULLED"]),
      /** The current outcome (null when open). */
      outcome: exportedOutcome.nullable(),
      /** Every outcome ever set, oldest first, the replaced ones with when, by whom and why. */
      outcomeHistory: z.array(exportedOutcome).optional(),
      /** When an editor archived it (out of lists and scoring), and who; null when it is not archived. */
      archivedAt: isoDateTime.nullable().optional(),
      archivedBy: who.optional(),
    }),
  ),
  forecasts: z.array(
    z.strictObject({
      id: z.string(),
      questionId: z.string(),
      forecasterId: z.string(),
      sourceId: z.string(),
      madeAt: isoDate,
      loggedAt: isoDateTime,
      loggedBy: who.optional(),
      quote: z.string(),
      phrase: z.string().nullable(),
      phraseRefersTo: questionSide,
      probability,
      probabilitySource,
      scale: z.string().nullable(),
      low: probability.nullable(),
      high: probability.nullable(),
      note: z.string().nullable().optional(),
    }),
  ),
});

export type HindsightExport = z.infer<typeof exportContract>;
export type ExportedOutcome = z.infer<typeof exportedOutcome>;
