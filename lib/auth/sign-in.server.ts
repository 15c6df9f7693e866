// Signing in with email and password: throttled per account before better-auth checks the
// password, and the same answer whether the email is unknown or the password wrong.
import { z } from "zod";
import type { Db } from "../db/client.server";
import { AppError, AppErrorCode } from "../errors/app-error";
import { email } from "../validation/fields";
import { parseInput } from "../validation/parse-input";
import { getAuth } from "./auth.server";
import { MAX_PASSWORD_LENGTH } from "./password-rules";
import { clearAttempts, consumeAttempt } from "./throttle.server";

export const signInInput = z.strictObject({
  email,
  password: z.string().min(1, "must not be empty").max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`),
});

/**
 * Signs in; in a server action the session cookie is set on the response (better-auth's
 * nextCookies). Returns the session token and its Set-Cookie header for other callers.
 */
export async function signIn(options: { db: Db; input: unknown; headers?: Headers }) {
  const { email, password } = parseInput(signInInput, options.input, "sign-in");
  const wait = await consumeAttempt(options.db, `email:${email}`);
  if (wait !== null) {
    throw new AppError(AppErrorCode.TOO_MANY_REQUESTS, `Too many sign-in attempts for this account. Try again in ${wait} minute${wait === 1 ? "" : "s"}.`);
  }
  const auth = await getAuth(options.db);
  try {
    const { headers, response } = await auth.api.signInEmail({
      body: { email, password, rememberMe: true },
      headers: options.headers ?? new Headers(),
      returnHeaders: true,
    });
    await clearAttempts(options.db, `email:${email}`);
    return { token: response.token, setCookie: headers.get("set-cookie") ?? "" };
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Unknown email, wrong password and disabled account read the same, so as not to tell which.
    throw new AppError(AppErrorCode.UNAUTHORIZED, "The email or password is not right.", { password: "does not match this email" });
  }
}
