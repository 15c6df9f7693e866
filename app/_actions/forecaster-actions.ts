"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db/client.server";
import { updateForecaster } from "@/lib/forecasters/update-forecaster.server";
import type { FormState } from "../_lib/form-state";
import { optional, runAction } from "../_lib/run-action.server";

export async function updateForecasterAction(_state: FormState, formData: FormData): Promise<FormState> {
  let slug = "";
  const state = await runAction(formData, async (actor) => {
    ({ slug } = await updateForecaster({
      db: db(),
      actor,
      forecasterId: String(formData.get("forecasterId") ?? ""),
      input: {
        name: optional(formData.get("name")) ?? "",
        kind: optional(formData.get("kind")),
        affiliation: optional(formData.get("affiliation")) ?? null,
        description: optional(formData.get("description")) ?? null,
      },
    }));
  });
  if (state.status === "error") return state;
  redirect(`/forecasters/${slug}?edited=1`);
}
