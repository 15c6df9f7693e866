// The admin command line, run as a user would, against a real database (DATABASE_URL).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import { actorFromHeaders } from "../lib/auth/actor-from-headers.server";
import { signIn } from "../lib/auth/sign-in.server";
import { SERVER_CONDITION } from "./lib/build";
import { useTestDatabase } from "../lib/test/test-database";

const run = promisify(execFile);
const t = useTestDatabase();

function admin(...args: string[]) {
  return run(process.execPath, [SERVER_CONDITION, "--import", "tsx", "scripts/admin.ts", ...args], { env: { ...process.env, DATABASE_URL: t.url } });
}

test("create-user prints the password it set; create-token prints a working token as its last line", async () => {
  const created = await admin("create-user", "--email", "First.Admin@Example.org", "--role", "admin");
  expect(created.stdout).toMatch(/^Created admin first\.admin@example\.org\.$/m);
  const password = /^Password: (\S+)$/m.exec(created.stdout)![1];
  await expect(signIn({ db: t.db, input: { email: "first.admin@example.org", password } })).resolves.toHaveProperty("token");

  await admin("create-user", "--email", "writer@example.org", "--role", "analyst", "--password", "chosen password 1");
  const token = (await admin("create-token", "--email", "writer@example.org")).stdout.trim().split("\n").at(-1)!;
  const actor = await actorFromHeaders(t.db, new Headers({ authorization: `Bearer ${token}` }));
  expect(actor?.role).toBe("ANALYST");
}, 60_000);

test("says what is wrong, and exits non-zero, on bad use", async () => {
  await expect(admin("create-user", "--email", "x@example.org")).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("Usage:") });
  await expect(admin("create-user", "--email", "x@example.org", "--role", "boss")).rejects.toMatchObject({
    code: 1,
    stderr: expect.stringContaining("must be reader, analyst, editor or admin"),
  });
  await expect(admin("create-token", "--email", "nobody@example.org")).rejects.toMatchObject({ stderr: expect.stringContaining("There is no user") });
}, 60_000);
