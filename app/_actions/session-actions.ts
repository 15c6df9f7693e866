"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth.server";
import { signIn } from "@/lib/auth/sign-in.server";
import { db } from "@/lib/db/client.server";
import type { FormState } from "../_lib/form-state";
import { runAction } from "../_lib/run-action.server";

/** Only paths of this site, so that a crafted link cannot send people elsewhere after signing in. */
function safeNext(value: FormDataEntryValue | null): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction(formData, async () => {
    await signIn({ db: db(), input: { email: formData.get("email"), password: formData.get("password") }, headers: await headers() });
  });
  if (state.status === "error") {
    // Never send the password back into the form.
    const { password: _password, ...values } = state.values ?? {};
    return { ...state, values };
  }
  redirect(safeNext(formData.get("next")));
}

export async function signOutAction(): Promise<void> {
  const auth = await getAuth(db());
  await auth.api.signOut({ headers: await headers() }).catch(() => {});
  redirect("/");
}
