// POST /api/v1/extract (analysts and up): { text, outlet?, title?, url?, publishedAt? } →
// { candidates: [{ quote, start, end, forecaster, phrase, band, low, high, probability,
// probabilitySource (STATED when the text gives the number, else SCALE), statedProbability, suggestedQuestion }] }.
// Nothing is stored. A text over 1 MB is refused with 413, an empty one with 422. The rules run
// in a worker thread within a time budget: past it, or with the queue of articles full, 503.
import { requireRole } from "@/lib/auth/require-role";
import { extractInWorker } from "@/lib/extraction/extract-in-worker.server";
import { check, readBody } from "@/lib/http/parse-request";
import { requestActor } from "@/lib/http/request-actor.server";
import { handle, json, jsonOf } from "@/lib/http/respond";
import { assertArticleSize } from "@/lib/sources/add-source.server";
import { otherMethods } from "@/lib/http/other-methods";
import { extractBody } from "@/lib/extraction/extract-body";
import { extractResponse } from "@/lib/api/response-schemas";

export const dynamic = "force-dynamic";

export const POST = handle(async (request: Request) => {
  requireRole(await requestActor(request), "ANALYST", "extract forecasts");
  const raw = (await readBody(request)) as { text?: unknown } | null;
  assertArticleSize(raw?.text); // 413 before any other rule
  const body = check(extractBody, raw, "body");
  const candidates = await extractInWorker({ text: body.text, outlet: body.outlet });
  return jsonOf(extractResponse, {
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
      probabilitySource: c.probabilitySource,
      statedProbability: c.statedProbability,
      suggestedQuestion: c.suggestedQuestion,
    })),
  });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
