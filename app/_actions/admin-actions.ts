"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/db/client.server";
import { createUser } from "@/lib/users/create-user.server";
import { updateUser } from "@/lib/users/update-user.server";
import type { FormState } from "../_lib/form-state";
import { optional, runAction } from "../_lib/run-action.server";

export async function createUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  let created = { email: "", password: "" };
  const state = await runAction(formData, async (actor) => {
    const { user, password } = await createUser({
      db: db(),
      actor,
      input: {
        email: optional(formData.get("email")) ?? "",
        name: optional(formData.get("name")),
        role: optional(formData.get("role")) ?? "",
        password: optional(formData.get("password")),
      },
    });
    created = { email: user.email, password };
  });
  if (state.status === "error") return { ...state, values: { ...state.values, password: "" } };
  revalidatePath("/admin/users");
  return { status: "success", message: `Created ${created.email}. Give them this password; it is shown only once.`, data: created };
}

export async function updateUserAction(_state: FormState, formData: FormData): Promise<FormState> {
  const disabled = formData.get("disabled");
  const state = await runAction(formData, async (actor) => {
    await updateUser({
      db: db(),
      actor,
      userId: String(formData.get("userId") ?? ""),
      input: { role: optional(formData.get("role")), disabled: disabled === null ? undefined : disabled === "true" },
    });
  });
  if (state.status === "error") return state;
  revalidatePath("/admin/users");
  return { status: "success", message: "Saved." };
}
