"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client.server";
import { createForecast } from "@/lib/forecasts/create-forecast.server";
import { deleteForecast } from "@/lib/forecasts/delete-forecast.server";
import { updateForecast } from "@/lib/forecasts/update-forecast.server";
import type { FormState } from "../_lib/form-state";
import { readForecasterDescription, readForecastFields, readForecastPlace } from "../_lib/form-fields.server";
import { optional, runAction } from "../_lib/run-action.server";

export async function createForecastAction(_state: FormState, formData: FormData): Promise<FormState> {
  const questionId = String(formData.get("questionId") ?? "");
  const sourceId = optional(formData.get("sourceId"));
  let logged = { id: "", forecaster: "" };
  const state = await runAction(formData, async (actor) => {
    const forecast = await createForecast({
      db: db(),
      actor,
      input: {
        questionId,
        forecaster: readForecasterDescription(formData),
        ...(sourceId
          ? { sourceId }
          : {
              source: {
                url: optional(formData.get("source.url")),
                outlet: optional(formData.get("source.outlet")) ?? "",
                title: optional(formData.get("source.title")) ?? "",
                publishedAt: optional(formData.get("source.publishedAt")) ?? "",
              },
            }),
        ...readForecastFields(formData),
      },
    });
    const forecaster = await db().forecaster.findUnique({ where: { id: forecast.forecasterId }, select: { name: true } });
    logged = { id: forecast.id, forecaster: forecaster?.name ?? "" };
    revalidatePath(`/questions/${questionId}`);
  });
  if (state.status === "error") return state;
  // Names who was saved: a typed name may have matched someone already on record.
  return { status: "success", message: `Forecast logged for ${logged.forecaster}.`, data: { href: `#forecast-${logged.id}`, link: "See it" } };
}

export async function updateForecastAction(_state: FormState, formData: FormData): Promise<FormState> {
  const forecastId = String(formData.get("forecastId") ?? "");
  let moved = { from: "", to: "" };
  const state = await runAction(formData, async (actor) => {
    const input = readForecastFields(formData);
    const before = optional(formData.get("currentQuestionId")) ?? "";
    const updated = await updateForecast({
      db: db(),
      actor,
      forecastId,
      input: {
        ...readForecastPlace(formData),
        ...input,
        // A blank number means: read it from the phrase again.
        probability: input.probability ?? null,
        note: input.note ?? null,
      },
    });
    moved = { from: before, to: updated.questionId };
    revalidatePath(`/questions/${updated.questionId}`);
    if (before && before !== updated.questionId) revalidatePath(`/questions/${before}`);
  });
  if (state.status === "error") return state;
  const from = moved.from && moved.from !== moved.to ? `&from=${encodeURIComponent(moved.from)}` : "";
  redirect(`/questions/${moved.to}?saved=${encodeURIComponent(forecastId)}${from}`);
}

export async function deleteForecastAction(_state: FormState, formData: FormData): Promise<FormState> {
  if (formData.get("confirm") !== "yes") {
    return { status: "error", message: "Tick the box to confirm that the forecast should be deleted.", fieldErrors: { confirm: "must be ticked" } };
  }
  let questionId = "";
  const state = await runAction(formData, async (actor) => {
    ({ questionId } = await deleteForecast({ db: db(), actor, forecastId: String(formData.get("forecastId") ?? "") }));
  });
  if (state.status === "error") return state;
  redirect(`/questions/${questionId}?deleted=1`);
}
