// Playwright fixtures: `signIn(role)` gives the test's page a session of a fresh user of that
// role without going through the form (one test signs in through the form on purpose), so
// that journeys spend their time on what they test.
import { test as base, expect } from "@playwright/test";
import type { Role } from "../../lib/auth/require-role";
import { signIn as signInOnServer } from "../../lib/auth/sign-in.server";
import { createTestUser, testDb } from "./database";

type Fixtures = { signIn: (role: Role) => Promise<{ email: string; password: string }> };

/** Name and value of the first cookie in a Set-Cookie header. */
function sessionCookie(setCookie: string): { name: string; value: string } {
  const [pair] = setCookie.split(";");
  const at = pair.indexOf("=");
  if (at < 1) throw new Error(`Signing in gave no session cookie (Set-Cookie: ${setCookie || "none"}).`);
  return { name: pair.slice(0, at).trim(), value: pair.slice(at + 1).trim() };
}

export const test = base.extend<Fixtures>({
  signIn: async ({ page, baseURL }, use) => {
    await use(async (role) => {
      const user = await createTestUser(role);
      const { setCookie } = await signInOnServer({ db: testDb(), input: user });
      await page.context().addCookies([{ ...sessionCookie(setCookie), url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
      return user;
    });
  },
});

export { expect };
