// Accounts, sessions and tokens against a real database, through better-auth itself.
import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "./require-role";
import { useTestDatabase } from "../test/test-database";
import { createUser } from "../users/create-user.server";
import { updateUser } from "../users/update-user.server";
import { commandLineActor } from "../users/system-actor.server";
import { actorFromHeaders } from "./actor-from-headers.server";
import { createApiToken, revokeApiToken } from "./api-tokens.server";
import { signIn } from "./sign-in.server";
import { SIGN_IN_LIMITS } from "./sign-in-limits";

const SIGN_IN_MAX_ATTEMPTS = SIGN_IN_LIMITS.accountAddress.max;

const t = useTestDatabase();
let admin: Actor;
beforeAll(async () => {
  admin = await commandLineActor(t.db);
});

const cookieHeaders = (setCookie: string) => new Headers({ cookie: setCookie.split(";")[0] });

describe("accounts", () => {
  test("an admin creates a user, who signs in and is recognised by the session cookie", async () => {
    const { user, password } = await createUser({ db: t.db, actor: admin, input: { email: "Analyst@Example.org", role: "analyst" } });
    expect(user).toMatchObject({ email: "analyst@example.org", role: "ANALYST" });
    expect(password.length).toBeGreaterThanOrEqual(16);
    const account = await t.db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(account.password).not.toContain(password); // hashed by better-auth

    const session = await signIn({ db: t.db, input: { email: "analyst@example.org", password } });
    expect(session.setCookie).toMatch(/session_token=/);
    expect(await actorFromHeaders(t.db, cookieHeaders(session.setCookie))).toEqual({ id: user.id, role: "ANALYST" });
    expect(await actorFromHeaders(t.db, new Headers())).toBeNull();
    expect(await actorFromHeaders(t.db, new Headers({ cookie: "better-auth.session_token=forged" }))).toBeNull();
  });

  test("a wrong password and an unknown email get the same answer", async () => {
    await createUser({ db: t.db, actor: admin, input: { email: "editor@example.org", role: "EDITOR", password: "correct horse battery" } });
    const wrong = signIn({ db: t.db, input: { email: "editor@example.org", password: "wrong password!" } });
    await expect(wrong).rejects.toMatchObject({ code: "UNAUTHORIZED", message: "The email or password is not right." });
    const unknown = signIn({ db: t.db, input: { email: "nobody@example.org", password: "whatever123" } });
    await expect(unknown).rejects.toMatchObject({ code: "UNAUTHORIZED", message: "The email or password is not right." });
  });

  test("sign-in attempts are limited per account and address, even with the right password after the limit", async () => {
    await createUser({ db: t.db, actor: admin, input: { email: "target@example.org", role: "READER", password: "the real password" } });
    const client = { address: "203.0.113.5" };
    const attempts = Array.from({ length: SIGN_IN_MAX_ATTEMPTS }, () =>
      signIn({ db: t.db, input: { email: "target@example.org", password: "guess guess" }, client }).catch((e) => e.code),
    );
    expect(await Promise.all(attempts)).toEqual(Array(SIGN_IN_MAX_ATTEMPTS).fill("UNAUTHORIZED"));
    await expect(signIn({ db: t.db, input: { email: "target@example.org", password: "the real password" }, client })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/Try again in 15 minutes/),
    });
  });

  test("a disabled user can no longer sign in, and their open session stops working", async () => {
    const { user, password } = await createUser({ db: t.db, actor: admin, input: { email: "leaver@example.org", role: "EDITOR" } });
    const session = await signIn({ db: t.db, input: { email: "leaver@example.org", password } });
    await updateUser({ db: t.db, actor: admin, userId: user.id, input: { disabled: true } });
    expect(await actorFromHeaders(t.db, cookieHeaders(session.setCookie))).toBeNull();
    await expect(signIn({ db: t.db, input: { email: "leaver@example.org", password } })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  test("only admins create users; the email must be new; the role must exist", async () => {
    const reader = { id: admin.id, role: "READER" as const };
    await expect(createUser({ db: t.db, actor: reader, input: { email: "x@example.org", role: "ADMIN" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createUser({ db: t.db, actor: admin, input: { email: "editor@example.org", role: "READER" } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createUser({ db: t.db, actor: admin, input: { email: "not-an-email", role: "boss" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { email: "must be an email address", role: "must be reader, analyst, editor or admin" },
    });
  });
});

describe("API tokens", () => {
  test("act with their owner's role until revoked; only the hash is stored", async () => {
    const { user } = await createUser({ db: t.db, actor: admin, input: { email: "bot@example.org", role: "ANALYST" } });
    const owner = { id: user.id, role: user.role };
    const created = await createApiToken({ db: t.db, actor: owner, input: { name: "scraper" } });
    expect(created.token).toMatch(/^hs_[A-Za-z0-9_-]{43}$/);
    const stored = await t.db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(JSON.stringify(stored)).not.toContain(created.token);

    const bearer = new Headers({ authorization: `Bearer ${created.token}` });
    expect(await actorFromHeaders(t.db, bearer)).toEqual(owner);
    await expect(revokeApiToken({ db: t.db, actor: { id: admin.id, role: "ADMIN" }, tokenId: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await revokeApiToken({ db: t.db, actor: owner, tokenId: created.id });
    await expect(actorFromHeaders(t.db, bearer)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(actorFromHeaders(t.db, new Headers({ authorization: "Bearer hs_made_up" }))).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
