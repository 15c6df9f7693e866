// POST /api/v1/forecasts (analysts and up): { questionId, forecasterId | forecaster { name, kind? },
// sourceId | source { url?, outlet, title, publishedAt }, quote, phrase?, phraseRefersTo?,
// probability?, probabilitySource?, madeAt?, note? } → 201 { forecast }.
import { forecastJson } from "@/lib/api/serializers";
import { requireRole } from "@/lib/auth/require-role";
import { db } from "@/lib/db/client.server";
import { createForecast } from "@/lib/forecasts/create-forecast.server";
import { readBody } from "@/lib/http/parse-request";
import { requestActor } from "@/lib/http/request-actor.server";
import { handle, json, jsonOf } from "@/lib/http/respond";
import { otherMethods } from "@/lib/http/other-methods";
import { oneForecastResponse } from "@/lib/api/response-schemas";

export const dynamic = "force-dynamic";

export const POST = handle(async (request: Request) => {
  const actor = requireRole(await requestActor(request), "ANALYST", "log forecasts");
  const forecast = await createForecast({ db: db(), actor, input: await readBody(request) });
  return jsonOf(oneForecastResponse, { forecast: forecastJson(forecast) }, { status: 201 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
