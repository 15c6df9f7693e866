"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db/client.server";
import { createQuestion } from "@/lib/questions/create-question.server";
import { updateQuestion } from "@/lib/questions/update-question.server";
import type { FormState } from "../_lib/form-state";
import { optional, runAction } from "../_lib/run-action.server";

function tags(value: FormDataEntryValue | null): string[] {
  return typeof value === "string" ? value.split(/[,\s]+/).map((t) => t.trim()).filter(Boolean) : [];
}

export async function createQuestionAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id = "";
  const state = await runAction(formData, async (actor) => {
    const question = await createQuestion({
      db: db(),
      actor,
      input: {
        title: optional(formData.get("title")) ?? "",
        criteria: optional(formData.get("criteria")) ?? "",
        deadline: optional(formData.get("deadline")) ?? "",
        tags: tags(formData.get("tags")),
      },
    });
    id = question.id;
  });
  if (state.status === "error") return state;
  redirect(`/questions/${id}?created=1`);
}

export async function updateQuestionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const questionId = String(formData.get("questionId") ?? "");
  const state = await runAction(formData, async (actor) => {
    await updateQuestion({
      db: db(),
      actor,
      questionId,
      input: {
        title: optional(formData.get("title")) ?? "",
        criteria: optional(formData.get("criteria")) ?? "",
        deadline: optional(formData.get("deadline")) ?? "",
        tags: tags(formData.get("tags")),
      },
    });
  });
  if (state.status === "error") return state;
  redirect(`/questions/${questionId}`);
}
