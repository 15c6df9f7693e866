import { z } from "zod";
import { newPassword } from "../auth/password-rules";
import { ROLES } from "../auth/require-role";
import { email, text } from "../validation/fields";

export const roleField = z
  .string()
  .transform((r) => r.toUpperCase())
  .pipe(z.enum(ROLES, { error: "must be reader, analyst, editor or admin" }));

export const createUserInput = z.strictObject({
  email,
  name: text(200).optional(),
  role: roleField,
  /** Generated when not given. */
  password: newPassword.optional(),
});
