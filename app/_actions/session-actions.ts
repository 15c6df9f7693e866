"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth.server";
import { KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_MAX_AGE_SECONDS } from "@/lib/auth/known-device";
import { signIn } from "@/lib/auth/sign-in.server";
import { clientAddress } from "@/lib/http/client-address";
import { db } from "@/lib/db/client.server";
import { safeNextPath } from "@/lib/security/safe-next-path";
import type { FormState } from "../_lib/form-state";
import { runAction } from "../_lib/run-action.server";
import { appUsesHttps } from "@/lib/http/app-url";

export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runAction(formData, async () => {
    const [requestHeaders, jar] = await Promise.all([headers(), cookies()]);
    const { deviceToken } = await signIn({
      db: db(),
      input: { email: formData.get("email"), password: formData.get("password") },
      headers: requestHeaders,
      client: { address: clientAddress({ headers: requestHeaders }), deviceToken: jar.get(KNOWN_DEVICE_COOKIE)?.value },
    });
    // Lets this browser past the account-wide sign-in limits next time (lib/auth/known-device.ts).
    jar.set(KNOWN_DEVICE_COOKIE, deviceToken, {
      httpOnly: true,
      sameSite: "lax",
      secure: appUsesHttps(),
      maxAge: KNOWN_DEVICE_MAX_AGE_SECONDS,
      path: "/",
    });
  });
  if (state.status === "error") {
    // Never send the password back into the form.
    const { password: _password, ...values } = state.values ?? {};
    return { ...state, values };
  }
  // Only paths of this site, so that a crafted link cannot send people elsewhere after signing in.
  redirect(safeNextPath({ next: formData.get("next") }));
}

export async function signOutAction(): Promise<void> {
  const auth = await getAuth(db());
  await auth.api.signOut({ headers: await headers() }).catch(() => {});
  redirect("/");
}
