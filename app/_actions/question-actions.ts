"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db/client.server";
import { createQuestion } from "@/lib/questions/create-question.server";
import { updateQuestion } from "@/lib/questions/update-question.server";
import type { FormState } from "../_lib/form-state";
import { readQuestionFields } from "../_lib/form-fields.server";
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
  redirect(`/questions/${questionId}`);
}
