"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client.server";
import { acceptCandidate } from "@/lib/extraction/accept-candidate.server";
import { rejectCandidate } from "@/lib/extraction/reject-candidate.server";
import { addSource } from "@/lib/sources/add-source.server";
import type { FormState } from "../_lib/form-state";
import { percentField } from "../_lib/percent";
import { optional, runAction } from "../_lib/run-action.server";

export async function addSourceAction(_state: FormState, formData: FormData): Promise<FormState> {
  let target = "";
  const state = await runAction(formData, async (actor) => {
    const { source, existed } = await addSource({
      db: db(),
      actor,
      input: {
        outlet: optional(formData.get("outlet")) ?? "",
        title: optional(formData.get("title")) ?? "",
        url: optional(formData.get("url")),
        publishedAt: optional(formData.get("publishedAt")) ?? "",
        byline: optional(formData.get("byline")),
        text: String(formData.get("text") ?? ""),
      },
    });
    target = `/sources/${source.id}/review${existed ? "?existing=1" : ""}`;
  });
  if (state.status === "error") return state;
  redirect(target);
}

export async function acceptCandidateAction(_state: FormState, formData: FormData): Promise<FormState> {
  const sourceId = String(formData.get("sourceId") ?? "");
  const { probability, refused } = percentField(formData);
  if (refused) return refused;
  const onNewQuestion = formData.get("questionChoice") === "new";
  const state = await runAction(formData, async (actor) => {
    await acceptCandidate({
      db: db(),
      actor,
      input: {
        sourceId,
        forecaster: { name: optional(formData.get("forecaster.name")) ?? "", kind: optional(formData.get("forecaster.kind")) ?? "PERSON" },
        quote: String(formData.get("quote") ?? ""),
        phrase: optional(formData.get("phrase")) ?? null,
        phraseRefersTo: formData.get("phraseRefersTo") === "NO" ? "NO" : "YES",
        probability,
        probabilitySource: probability === undefined ? undefined : formData.get("probabilitySource") === "STATED" ? "STATED" : "JUDGEMENT",
        madeAt: optional(formData.get("madeAt")),
        ...(onNewQuestion
          ? {
              question: {
                title: optional(formData.get("question.title")) ?? "",
                criteria: optional(formData.get("question.criteria")) ?? "",
                deadline: optional(formData.get("question.deadline")) ?? "",
                tags: (optional(formData.get("question.tags")) ?? "").split(/[,\s]+/).filter(Boolean),
              },
            }
          : { questionId: optional(formData.get("questionId")) ?? "" }),
      },
    });
  });
  if (state.status === "error") return state;
  revalidatePath(`/sources/${sourceId}/review`);
  revalidatePath(`/sources/${sourceId}`);
  return { status: "success", message: "Accepted: the forecast is logged." };
}

export async function rejectCandidateAction(_state: FormState, formData: FormData): Promise<FormState> {
  const sourceId = String(formData.get("sourceId") ?? "");
  const state = await runAction(formData, async (actor) => {
    await rejectCandidate({ db: db(), actor, input: { sourceId, start: Number(formData.get("start")), end: Number(formData.get("end")) } });
  });
  if (state.status === "error") return state;
  revalidatePath(`/sources/${sourceId}/review`);
  return { status: "success", message: "Turned down." };
}
