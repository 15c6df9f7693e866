// POST /api/v1/forecasters/merge (editors and up): { keep, merge }, each an id or a slug. Every
// forecast of `merge` moves to `keep`, whose record stays; the merged name becomes an alias and
// its slug leads to `keep`. Final.
import { db } from "@/lib/db/client.server";
import { mergeForecasters } from "@/lib/forecasters/merge-forecasters.server";
import { readBody } from "@/lib/http/parse-request";
import { requestActor } from "@/lib/http/request-actor.server";
import { handle, json, jsonOf } from "@/lib/http/respond";
import { otherMethods } from "@/lib/http/other-methods";
import { mergeForecastersResponse } from "@/lib/api/response-schemas";

export const dynamic = "force-dynamic";

export const POST = handle(async (request: Request) => {
  const actor = await requestActor(request);
  const { keep, merged, forecastIds } = await mergeForecasters({ db: db(), actor, input: await readBody(request) });
  return jsonOf(mergeForecastersResponse, {
    kept: { id: keep.id, slug: keep.slug, name: keep.name },
    merged: { id: merged.id, slug: merged.slug, name: merged.name },
    forecastIds,
  });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
