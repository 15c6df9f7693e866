"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client.server";
import { createForecast } from "@/lib/forecasts/create-forecast.server";
import { deleteForecast } from "@/lib/forecasts/delete-forecast.server";
import { updateForecast } from "@/lib/forecasts/update-forecast.server";
import type { FormState } from "../_lib/form-state";
import { percentField } from "../_lib/percent";
import { optional, runAction } from "../_lib/run-action.server";

function fields(formData: FormData, probability: number | undefined) {
  return {
    madeAt: optional(formData.get("madeAt")),
    quote: optional(formData.get("quote")) ?? "",
    phrase: optional(formData.get("phrase")) ?? null,
    phraseRefersTo: formData.get("phraseRefersTo") === "NO" ? "NO" : "YES",
    probability,
    probabilitySource: probability === undefined ? undefined : formData.get("probabilitySource") === "STATED" ? "STATED" : "JUDGEMENT",
    note: optional(formData.get("note")),
  };
}

export async function createForecastAction(_state: FormState, formData: FormData): Promise<FormState> {
  const questionId = String(formData.get("questionId") ?? "");
  const { probability, refused } = percentField(formData);
  if (refused) return refused;
  const sourceId = optional(formData.get("sourceId"));
  const state = await runAction(formData, async (actor) => {
    await createForecast({
      db: db(),
      actor,
      input: {
        questionId,
        forecaster: { name: optional(formData.get("forecaster.name")) ?? "", kind: optional(formData.get("forecaster.kind")) ?? "PERSON" },
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
        ...fields(formData, probability),
      },
    });
    revalidatePath(`/questions/${questionId}`);
  });
  return state.status === "error" ? state : { status: "success", message: "Forecast logged." };
}

export async function updateForecastAction(_state: FormState, formData: FormData): Promise<FormState> {
  const forecastId = String(formData.get("forecastId") ?? "");
  const { probability, refused } = percentField(formData);
  if (refused) return refused;
  let questionId = "";
  const input = fields(formData, probability);
  const state = await runAction(formData, async (actor) => {
    const updated = await updateForecast({
      db: db(),
      actor,
      forecastId,
      // A blank number means: read it from the phrase again.
      input: { ...input, probability: probability ?? null, note: input.note ?? null },
    });
    questionId = updated.questionId;
  });
  if (state.status === "error") return state;
  redirect(`/questions/${questionId}`);
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
