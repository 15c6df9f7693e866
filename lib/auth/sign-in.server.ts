// Signing in with email and password: counted against the sign-in limits (sign-in-limits.ts)
// before better-auth checks the password, and the same answer whether the email is unknown or
// the password wrong.
import { z } from "zod";
import type { Db } from "../db/client.server";
import { AppError, AppErrorCode } from "../errors/app-error";
import { email } from "../validation/fields";
import { parseInput } from "../validation/parse-input";
import { authSecret, getAuth } from "./auth.server";
import { issueDeviceToken, readDeviceToken } from "./known-device";
import { MAX_PASSWORD_LENGTH } from "./password-rules";
import { type SignInLimit, signInLimits } from "./sign-in-limits";
import { clearAttempts, consumeAttempt, refundAttempts } from "./throttle.server";

export const signInInput = z.strictObject({
  email,
  password: z.string().min(1, "must not be empty").max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`),
});

export type SignInClient = {
  /** Where the attempt comes from (lib/http/client-address.ts); "unknown" when not given. */
  address?: string;
  /** The browser's known-device cookie, if any (known-device.ts). */
  deviceToken?: string;
};

async function consumeLimits(db: Db, limits: SignInLimit[]): Promise<void> {
  for (const limit of limits) {
    const wait = await consumeAttempt(db, limit);
    if (wait === null) continue;
    const minutes = Math.ceil(wait / 60);
    throw new AppError(AppErrorCode.TOO_MANY_REQUESTS, `${limit.refusal} Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
}

async function settleLimits(db: Db, limits: SignInLimit[]): Promise<void> {
  const keys = (onSuccess: SignInLimit["onSuccess"]) => limits.filter((l) => l.onSuccess === onSuccess).map((l) => l.key);
  await clearAttempts(db, keys("clear"));
  await refundAttempts(db, keys("refund"));
}

/**
 * Signs in; in a server action the session cookie is set on the response (better-auth's
 * nextCookies). Returns the session token and its Set-Cookie header for other callers, and a
 * known-device token for the browser to keep.
 */
export async function signIn(options: { db: Db; input: unknown; headers?: Headers; client?: SignInClient }) {
  const { email, password } = parseInput(signInInput, options.input, "sign-in");
  const secret = await authSecret(options.db);
  const given = options.client?.deviceToken;
  const deviceId = given ? readDeviceToken({ secret, email, token: given }) : null;
  const limits = signInLimits({ email, address: options.client?.address ?? "unknown", deviceId });
  await consumeLimits(options.db, limits);
  const auth = await getAuth(options.db);
  let session: { token: string; setCookie: string };
  try {
    const { headers, response } = await auth.api.signInEmail({
      body: { email, password, rememberMe: true },
      headers: options.headers ?? new Headers(),
      returnHeaders: true,
    });
    session = { token: response.token, setCookie: headers.get("set-cookie") ?? "" };
  } catch {
    // Unknown email, wrong password and disabled account read the same, so as not to tell which.
    throw new AppError(AppErrorCode.UNAUTHORIZED, "The email or password is not right.", { password: "does not match this email" });
  }
  await settleLimits(options.db, limits);
  return { ...session, deviceToken: issueDeviceToken({ secret, email, deviceId: deviceId ?? undefined }) };
}
