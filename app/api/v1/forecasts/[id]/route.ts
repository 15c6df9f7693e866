// PATCH /api/v1/forecasts/[id] (analysts and up): any of the forecast's fields; the result must
// keep every rule a new forecast keeps. DELETE removes it (the audit log keeps a copy).
import { forecastJson } from "@/lib/api/serializers";
import { requireRole } from "@/lib/auth/require-role";
import { db } from "@/lib/db/client.server";
import { deleteForecast } from "@/lib/forecasts/delete-forecast.server";
import { updateForecast } from "@/lib/forecasts/update-forecast.server";
import { readBody } from "@/lib/http/parse-request";
import { requestActor } from "@/lib/http/request-actor.server";
import { handle, json, jsonOf } from "@/lib/http/respond";
import { otherMethods } from "@/lib/http/other-methods";
import { deletedForecastResponse, oneForecastResponse } from "@/lib/api/response-schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const PATCH = handle(async (request: Request, context: Context) => {
  const { id } = await context.params;
  const actor = requireRole(await requestActor(request), "ANALYST", "edit forecasts");
  const forecast = await updateForecast({ db: db(), actor, forecastId: id, input: await readBody(request) });
  return jsonOf(oneForecastResponse, { forecast: forecastJson(forecast) });
});

export const DELETE = handle(async (request: Request, context: Context) => {
  const { id } = await context.params;
  const deleted = await deleteForecast({ db: db(), actor: await requestActor(request), forecastId: id });
  return jsonOf(deletedForecastResponse, { deleted });
});

export const { GET, POST, PUT } = otherMethods(["PATCH", "DELETE"]);
