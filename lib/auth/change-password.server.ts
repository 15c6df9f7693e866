import { z } from "zod";
import type { Db } from "../db/client.server";
import { AppError, AppErrorCode } from "../errors/app-error";
import { parseInput } from "../validation/parse-input";
import { getAuth } from "./auth.server";
import { newPassword } from "./password-rules";

export const changePasswordInput = z
  .strictObject({
    currentPassword: z.string().min(1, "must not be empty"),
    newPassword,
    confirmPassword: z.string(),
  })
  .refine((p) => p.newPassword === p.confirmPassword, { path: ["confirmPassword"], message: "does not match the new password" });

/** Changes the signed-in user's password (their session in `headers`) and ends their other sessions. */
export async function changePassword(options: { db: Db; headers: Headers; input: unknown }) {
  const input = parseInput(changePasswordInput, options.input, "password change");
  const auth = await getAuth(options.db);
  try {
    await auth.api.changePassword({
      body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
      headers: options.headers,
    });
  } catch {
    throw new AppError(AppErrorCode.INVALID_INPUT, "The password was not changed.", { currentPassword: "is not your current password" });
  }
}
