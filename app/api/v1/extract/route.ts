// POST /api/v1/extract (analysts and up): { text, outlet?, title?, url?, publishedAt? } →
// { candidates: [{ quote, start, end, forecaster, phrase, low, high, probability, suggestedQuestion }] }.
// Nothing is stored. A text over 1 MB is refused with 413, an empty one with 422.
import { z } from "zod";
import { requireRole } from "@/lib/auth/require-role";
import { extractCandidates } from "@/lib/extraction/extract-candidates";
import { check, readBody } from "@/lib/http/parse-request";
import { requestActor } from "@/lib/http/request-actor.server";
import { handle, json } from "@/lib/http/respond";
import { assertArticleSize } from "@/lib/sources/add-source.server";
import { httpUrl, isoDate, text } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

const extractBody = z.strictObject({
  text: z.string({ error: "must be the article's text" }).refine((t) => t.trim().length > 0, "must not be empty"),
  outlet: text(200).optional(),
  title: text(500).optional(),
  url: httpUrl.optional(),
  publishedAt: isoDate.optional(),
});

export const POST = handle(async (request: Request) => {
  requireRole(await requestActor(request), "ANALYST", "extract forecasts");
  const raw = (await readBody(request)) as { text?: unknown } | null;
  assertArticleSize(raw?.text); // 413 before any other rule
  const body = check(extractBody, raw, "body");
  const candidates = extractCandidates({ text: body.text, outlet: body.outlet });
  return json({
    candidates: candidates.map((c) => ({
      quote: c.quote,
      start: c.start,
      end: c.end,
      forecaster: c.forecaster.name,
      forecasterKind: c.forecaster.kind === "OUTLET" ? "ORGANISATION" : c.forecaster.kind,
      phrase: c.phrase,
      band: c.band,
      low: c.low,
      high: c.high,
      probability: c.probability,
      suggestedQuestion: c.suggestedQuestion,
    })),
  });
});
