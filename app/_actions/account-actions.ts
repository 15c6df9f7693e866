"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createApiToken, revokeApiToken } from "@/lib/auth/api-tokens.server";
import { changePassword } from "@/lib/auth/change-password.server";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { db } from "@/lib/db/client.server";
import type { FormState } from "../_lib/form-state";
import { optional, runAction } from "../_lib/run-action.server";

export async function changePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction(formData, async (actor) => {
    if (!actor) throw new AppError(AppErrorCode.UNAUTHORIZED, "Sign in to change your password.");
    await changePassword({
      db: db(),
      headers: await headers(),
      input: { currentPassword: formData.get("currentPassword"), newPassword: formData.get("newPassword"), confirmPassword: formData.get("confirmPassword") },
    });
  });
  return state.status === "error" ? { ...state, values: {} } : { status: "success", message: "Password changed; your other sessions were signed out." };
}

export async function createTokenAction(_state: FormState, formData: FormData): Promise<FormState> {
  let token = "";
  const state = await runAction(formData, async (actor) => {
    ({ token } = await createApiToken({ db: db(), actor, input: { name: optional(formData.get("name")) ?? "" } }));
  });
  if (state.status === "error") return state;
  revalidatePath("/settings");
  return { status: "success", message: "Token created. Copy it now: it is shown only once.", data: { token } };
}

export async function revokeTokenAction(_state: FormState, formData: FormData): Promise<FormState> {
  let name = "";
  const state = await runAction(formData, async (actor) => {
    ({ name } = await revokeApiToken({ db: db(), actor, tokenId: String(formData.get("tokenId") ?? "") }));
  });
  if (state.status === "error") return state;
  revalidatePath("/settings");
  // The row leaves the list with its form, so the page says what happened.
  redirect(`/settings?revoked=${encodeURIComponent(name)}`);
}
