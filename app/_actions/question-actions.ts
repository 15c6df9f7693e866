"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db/client.server";
import { archiveQuestion } from "@/lib/questions/archive-question.server";
import { createQuestion } from "@/lib/questions/create-question.server";
import { deleteQuestion } from "@/lib/questions/delete-question.server";
import { updateQuestion } from "@/lib/questions/update-question.server";
import type { FormState } from "../_lib/form-state";
import { readQuestionFields } from "../_lib/form-fields.server";
import { refuseUnconfirmed } from "../_lib/confirm";
import { runAction } from "../_lib/run-action.server";

export async function createQuestionAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id = "";
  const state = await runAction(formData, async (actor) => {
    ({ id } = await createQuestion({ db: db(), actor, input: readQuestionFields(formData) }));
  });
  if (state.status === "error") return state;
  redirect(`/questions/${id}?created=1`);
}

export async function updateQuestionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const questionId = String(formData.get("questionId") ?? "");
  const state = await runAction(formData, async (actor) => {
    await updateQuestion({ db: db(), actor, questionId, input: readQuestionFields(formData) });
  });
  if (state.status === "error") return state;
  redirect(`/questions/${questionId}?edited=1`);
}

/** Archives the question, or restores it when the form says `restore`; both ask for a confirmation first. */
export async function archiveQuestionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const restore = formData.get("restore") === "yes";
  const unconfirmed = refuseUnconfirmed(formData, restore ? "restored" : "archived", "question");
  if (unconfirmed) return unconfirmed;
  const questionId = String(formData.get("questionId") ?? "");
  const state = await runAction(formData, async (actor) => {
    await archiveQuestion({ db: db(), actor, questionId, restore });
  });
  if (state.status === "error") return state;
  redirect(`/questions/${questionId}?${restore ? "restored" : "archived"}=1`);
}

/** Deletes a question without forecasts; says so, with a way back to the list (the page it was on is gone). */
export async function deleteQuestionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const unconfirmed = refuseUnconfirmed(formData, "deleted", "question");
  if (unconfirmed) return unconfirmed;
  const questionId = String(formData.get("questionId") ?? "");
  const title = String(formData.get("title") ?? "");
  const state = await runAction(formData, async (actor) => {
    await deleteQuestion({ db: db(), actor, questionId });
  });
  if (state.status === "error") return state;
  return { status: "success", message: `Question “${title}” deleted.`, data: { href: "/questions", link: "Back to the questions" } };
}
