"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client.server";
import { setOutcome } from "@/lib/outcomes/set-outcome.server";
import { undoOutcome } from "@/lib/outcomes/undo-outcome.server";
import type { FormState } from "../_lib/form-state";
import { refuseUnconfirmed } from "../_lib/confirm";
import { optional, runAction } from "../_lib/run-action.server";

function version(formData: FormData): number | undefined {
  const raw = optional(formData.get("expectedVersion"));
  return raw === undefined ? undefined : Number(raw);
}

export async function setOutcomeAction(_state: FormState, formData: FormData): Promise<FormState> {
  const questionId = String(formData.get("questionId") ?? "");
  const state = await runAction(formData, async (actor) => {
    await setOutcome({
      db: db(),
      actor,
      questionId,
      input: {
        value: optional(formData.get("value")) ?? "",
        resolvedAt: optional(formData.get("resolvedAt")) ?? "",
        evidenceUrl: optional(formData.get("evidenceUrl")),
        note: optional(formData.get("note")),
        reason: optional(formData.get("reason")),
        expectedVersion: version(formData),
      },
    });
  });
  // Whatever happened (saved, or someone else was first), show the question as it now stands.
  revalidatePath(`/questions/${questionId}`);
  if (state.status === "error") return state;
  // The page says what happened; the forms start afresh (they are keyed by the question's version).
  redirect(`/questions/${questionId}?outcome=saved#outcome`);
}

export async function undoOutcomeAction(_state: FormState, formData: FormData): Promise<FormState> {
  const unconfirmed = refuseUnconfirmed(formData, "undone", "outcome");
  if (unconfirmed) return unconfirmed;
  const questionId = String(formData.get("questionId") ?? "");
  const state = await runAction(formData, async (actor) => {
    await undoOutcome({ db: db(), actor, questionId, input: { reason: optional(formData.get("reason")) ?? "", expectedVersion: version(formData) } });
  });
  revalidatePath(`/questions/${questionId}`);
  if (state.status === "error") return state;
  redirect(`/questions/${questionId}?outcome=undone#outcome`);
}
