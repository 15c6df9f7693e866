"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db/client.server";
import { mergeForecasters } from "@/lib/forecasters/merge-forecasters.server";
import { mergeSources } from "@/lib/sources/merge-sources.server";
import { refuseUnconfirmed } from "../_lib/confirm";
import type { FormState } from "../_lib/form-state";
import { optional, runAction } from "../_lib/run-action.server";

function pickedOrRefused(formData: FormData, what: string): FormState | null {
  if (!optional(formData.get("merge"))) {
    return { status: "error", message: `Pick the ${what} to merge into this one.`, fieldErrors: { merge: "pick one from the search results" } };
  }
  return refuseUnconfirmed(formData, "merged", what);
}

export async function mergeForecastersAction(_state: FormState, formData: FormData): Promise<FormState> {
  const refused = pickedOrRefused(formData, "forecaster");
  if (refused) return refused;
  let done = { slug: "", name: "", moved: 0 };
  const state = await runAction(formData, async (actor) => {
    const input = { keep: String(formData.get("keep") ?? ""), merge: String(formData.get("merge") ?? "") };
    const { keep, merged, forecastIds } = await mergeForecasters({ db: db(), actor, input });
    done = { slug: keep.slug, name: merged.name, moved: forecastIds.length };
  });
  if (state.status === "error") return state;
  redirect(`/forecasters/${done.slug}?merged=${encodeURIComponent(done.name)}&moved=${done.moved}`);
}

export async function mergeSourcesAction(_state: FormState, formData: FormData): Promise<FormState> {
  const refused = pickedOrRefused(formData, "source");
  if (refused) return refused;
  let done = { id: "", title: "", moved: 0 };
  const state = await runAction(formData, async (actor) => {
    const input = { keep: String(formData.get("keep") ?? ""), merge: String(formData.get("merge") ?? "") };
    const { keep, merged, forecastIds } = await mergeSources({ db: db(), actor, input });
    done = { id: keep.id, title: merged.title, moved: forecastIds.length };
  });
  if (state.status === "error") return state;
  redirect(`/sources/${done.id}?merged=${encodeURIComponent(done.title)}&moved=${done.moved}`);
}
