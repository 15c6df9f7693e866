// Tests make their own users and records on the e2e server's database, through the same
// domain functions the app uses, with names of their own so that they never collide.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { createApiToken } from "../../lib/auth/api-tokens.server";
import type { Role } from "../../lib/auth/require-role";
import { createDb, type Db } from "../../lib/db/client.server";
import { createUser } from "../../lib/users/create-user.server";
import { commandLineActor } from "../../lib/users/system-actor.server";
import { E2E_DATABASE_FILE } from "../../scripts/lib/e2e-database-file";

let shared: Db | undefined;

export function testDb(): Db {
  shared ??= createDb(readFileSync(E2E_DATABASE_FILE, "utf8"), { max: 2 });
  return shared;
}

export function unique(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

export async function createTestUser(role: Role) {
  const email = `${unique(role.toLowerCase())}@e2e.test`;
  const password = "e2e password 1234";
  const db = testDb();
  await createUser({ db, actor: await commandLineActor(db), input: { email, role, password, name: `E2E ${role.toLowerCase()}` } });
  return { email, password };
}

/** Signs in through the sign-in form, for tests about the form itself (others use the `signIn` fixture). */
export async function signInWithForm(page: Page, role: Role) {
  const user = await createTestUser(role);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("navigation", { name: "Account" }).waitFor();
  return user;
}

/** An API token of a new user with the role, made directly in the e2e database. */
export async function createTestToken(role: Role): Promise<string> {
  const db = testDb();
  const user = await db.user.create({ data: { email: `${unique(role.toLowerCase())}@e2e.test`, name: `E2E ${role.toLowerCase()}`, role } });
  const { token } = await createApiToken({ db, actor: { id: user.id, role: user.role }, input: { name: unique("e2e token") } });
  return token;
}
