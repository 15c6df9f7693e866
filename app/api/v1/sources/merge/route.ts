// POST /api/v1/sources/merge (editors and up): { keep, merge }, source ids. Every forecast of
// `merge` moves to `keep` (one that would duplicate a forecast of `keep` is removed); the old id
// leads to `keep`. Final.
import { db } from "@/lib/db/client.server";
import { readBody } from "@/lib/http/parse-request";
import { requestActor } from "@/lib/http/request-actor.server";
import { handle, json, jsonOf } from "@/lib/http/respond";
import { otherMethods } from "@/lib/http/other-methods";
import { mergeSources } from "@/lib/sources/merge-sources.server";
import { mergeSourcesResponse } from "@/lib/api/response-schemas";

export const dynamic = "force-dynamic";

export const POST = handle(async (request: Request) => {
  const actor = await requestActor(request);
  const { keep, merged, forecastIds, removedDuplicates } = await mergeSources({ db: db(), actor, input: await readBody(request) });
  return jsonOf(mergeSourcesResponse, {
    kept: { id: keep.id, title: keep.title },
    merged: { id: merged.id, title: merged.title },
    forecastIds,
    removedDuplicates,
  });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
