import { z } from "zod";
import { ROLES } from "../auth/require-role";
import { text } from "../validation/fields";

export const roleField = z
  .string()
  .transform((r) => r.toUpperCase())
  .pipe(z.enum(ROLES, { error: "must be reader, analyst, editor or admin" }));

export const createUserInput = z.strictObject({
  email: z.email("must be an email address").max(320).transform((e) => e.toLowerCase()),
  name: text(200).optional(),
  role: roleField,
  /** Generated when not given. */
  password: z.string().min(10, "must be at least 10 characters").max(256, "must be at most 256 characters").optional(),
});
