"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db/client.server";
import { updateSource } from "@/lib/sources/update-source.server";
import type { FormState } from "../_lib/form-state";
import { optional, runAction } from "../_lib/run-action.server";

export async function updateSourceAction(_state: FormState, formData: FormData): Promise<FormState> {
  const sourceId = String(formData.get("sourceId") ?? "");
  const state = await runAction(formData, async (actor) => {
    await updateSource({
      db: db(),
      actor,
      sourceId,
      input: {
        outlet: optional(formData.get("outlet")) ?? "",
        title: optional(formData.get("title")) ?? "",
        url: optional(formData.get("url")) ?? null,
        publishedAt: optional(formData.get("publishedAt")) ?? "",
        byline: optional(formData.get("byline")) ?? null,
        note: optional(formData.get("note")) ?? null,
      },
    });
  });
  if (state.status === "error") return state;
  redirect(`/sources/${sourceId}?edited=1`);
}
