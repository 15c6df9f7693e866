"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client.server";
import { acceptCandidate } from "@/lib/extraction/accept-candidate.server";
import { rejectCandidate } from "@/lib/extraction/reject-candidate.server";
import { addSource } from "@/lib/sources/add-source.server";
import type { FormState } from "../_lib/form-state";
import { readForecasterDescription, readForecastFields, readQuestionFields } from "../_lib/form-fields.server";
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
  const onNewQuestion = formData.get("questionChoice") === "new";
  let saved: Record<string, string> = {};
  const state = await runAction(formData, async (actor) => {
    const forecast = await acceptCandidate({
      db: db(),
      actor,
      input: {
        sourceId,
        forecaster: readForecasterDescription(formData),
        ...readForecastFields(formData),
        ...(onNewQuestion ? { question: readQuestionFields(formData, "question.") } : { questionId: optional(formData.get("questionId")) ?? "" }),
      },
    });
    // What was saved, which may differ from what was proposed (a name matched someone on record).
    const [forecaster, question] = await Promise.all([
      db().forecaster.findUniqueOrThrow({ where: { id: forecast.forecasterId }, select: { name: true, slug: true } }),
      db().question.findUniqueOrThrow({ where: { id: forecast.questionId }, select: { id: true, title: true } }),
    ]);
    saved = { forecaster: forecaster.name, forecasterSlug: forecaster.slug, question: question.title, questionId: question.id };
  });
  if (state.status === "error") return state;
  revalidatePath(`/sources/${sourceId}/review`);
  revalidatePath(`/sources/${sourceId}`);
  return { status: "success", message: "Accepted: the forecast is logged.", data: saved };
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
