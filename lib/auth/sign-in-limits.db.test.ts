// Sign-in limits against a real database, through signIn itself (ADR 0007): guessing is slowed
// from one address, across accounts and for everyone, and the owner still gets in.
import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import { useTestDatabase } from "../test/test-database";
import { createUser } from "../users/create-user.server";
import { commandLineActor } from "../users/system-actor.server";
import { issueDeviceToken } from "./known-device";
import { authSecret } from "./auth.server";
import { SIGN_IN_LIMITS, signInLimits } from "./sign-in-limits";
import { signIn } from "./sign-in.server";
import { consumeAttempt } from "./throttle.server";

const t = useTestDatabase();
const OWNER = { email: "owner@example.org", password: "owner's real password" };

beforeAll(async () => {
  await createUser({ db: t.db, actor: await commandLineActor(t.db), input: { ...OWNER, role: "EDITOR" } });
});
beforeEach(async () => {
  await t.db.signInThrottle.deleteMany();
});

type Client = { address?: string; deviceToken?: string };
const attempt = (email: string, password: string, client: Client) =>
  signIn({ db: t.db, input: { email, password }, client }).then(
    (session) => ({ ok: true as const, session }),
    (error: { code: string; message: string }) => ({ ok: false as const, code: error.code, message: error.message }),
  );
const codes = async (attempts: Promise<{ ok: boolean; code?: string }>[]) => (await Promise.all(attempts)).map((a) => (a.ok ? "OK" : a.code));

describe("sign-in limits", () => {
  test("one password sprayed over many accounts from one address is refused after the address's limit", async () => {
    const max = SIGN_IN_LIMITS.address.max;
    const spray = await codes(Array.from({ length: max }, (_, i) => attempt(`user${i}@example.org`, "Summer2026!", { address: "198.51.100.66" })));
    expect(spray).toEqual(Array(max).fill("UNAUTHORIZED"));
    const next = await attempt("another@example.org", "Summer2026!", { address: "198.51.100.66" });
    expect(next).toMatchObject({ ok: false, code: "TOO_MANY_REQUESTS", message: expect.stringMatching(/from your network\. Try again in 15 minutes/) });
    // Even the right password of a real account waits: the address is out of guesses.
    expect(await attempt(OWNER.email, OWNER.password, { address: "198.51.100.66" })).toMatchObject({ ok: false, code: "TOO_MANY_REQUESTS" });
    // Other addresses are not affected.
    expect(await attempt(OWNER.email, OWNER.password, { address: "192.0.2.10" })).toMatchObject({ ok: true });
  });

  test("the owner's right password still works after someone else's failed attempts on the account", async () => {
    const max = SIGN_IN_LIMITS.accountAddress.max;
    const guesses = await codes(Array.from({ length: max + 3 }, () => attempt(OWNER.email, "a wrong guess", { address: "203.0.113.7" })));
    // In parallel, so which ones were refused is up to the database; how many is not.
    expect(guesses.filter((c) => c === "UNAUTHORIZED").length).toBe(max);
    expect(guesses.filter((c) => c === "TOO_MANY_REQUESTS").length).toBe(3);
    expect(await attempt(OWNER.email, OWNER.password, { address: "192.0.2.10" })).toMatchObject({ ok: true });
  });

  test("guessing spread over many addresses fills the account's limit, which a known device passes", async () => {
    const first = await attempt(OWNER.email, OWNER.password, { address: "192.0.2.10" });
    if (!first.ok) throw new Error("the owner could not sign in");
    const max = SIGN_IN_LIMITS.account.max;
    const guesses = await codes(Array.from({ length: max }, (_, i) => attempt(OWNER.email, `guess ${i}`, { address: `10.0.${i >> 8}.${i & 255}` })));
    expect(guesses).toEqual(Array(max).fill("UNAUTHORIZED")); // the owner's own success was not counted
    // A new browser of the owner's waits; the browser that signed in before does not.
    expect(await attempt(OWNER.email, OWNER.password, { address: "192.0.2.11" })).toMatchObject({
      ok: false,
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/for this account/),
    });
    expect(await attempt(OWNER.email, OWNER.password, { address: "192.0.2.11", deviceToken: first.session.deviceToken })).toMatchObject({ ok: true });
  });

  test("a known-device cookie for another account, or forged, passes nothing", async () => {
    const secret = await authSecret(t.db);
    const otherAccounts = issueDeviceToken({ secret, email: "someone.else@example.org" });
    const forged = issueDeviceToken({ secret: "not the secret", email: OWNER.email });
    for (const deviceToken of [otherAccounts, forged, "v1.x.y.z.w", ""]) {
      const limits = signInLimits({ email: OWNER.email, address: "203.0.113.8", deviceId: null });
      await t.db.signInThrottle.create({ data: { key: limits[2].key, attempts: SIGN_IN_LIMITS.account.max, windowStart: new Date() } });
      expect(await attempt(OWNER.email, OWNER.password, { address: "203.0.113.8", deviceToken }), deviceToken).toMatchObject({
        ok: false,
        code: "TOO_MANY_REQUESTS",
      });
      await t.db.signInThrottle.deleteMany();
    }
  });

  test("a global cap on attempts per minute stops everyone but known devices, and reopens after the minute", async () => {
    const first = await attempt(OWNER.email, OWNER.password, { address: "192.0.2.10" });
    if (!first.ok) throw new Error("the owner could not sign in");
    const now = new Date();
    await t.db.signInThrottle.upsert({
      where: { key: "global" },
      create: { key: "global", attempts: SIGN_IN_LIMITS.global.max, windowStart: now },
      update: { attempts: SIGN_IN_LIMITS.global.max, windowStart: now },
    });
    expect(await attempt("anyone@example.org", "whatever123", { address: "192.0.2.99" })).toMatchObject({
      ok: false,
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/on this Hindsight right now\. Try again in 1 minute\./),
    });
    expect(await attempt(OWNER.email, OWNER.password, { address: "192.0.2.98" })).toMatchObject({ ok: false, code: "TOO_MANY_REQUESTS" });
    expect(await attempt(OWNER.email, OWNER.password, { address: "192.0.2.98", deviceToken: first.session.deviceToken })).toMatchObject({ ok: true });

    const global = signInLimits({ email: OWNER.email, address: "x", deviceId: null }).at(-1)!;
    expect(await consumeAttempt(t.db, global, new Date(now.getTime() + 30_000))).toBeGreaterThan(0);
    expect(await consumeAttempt(t.db, global, new Date(now.getTime() + (SIGN_IN_LIMITS.global.windowSeconds + 1) * 1000))).toBeNull();
  });

  test("a successful sign-in does not use up its address's budget", async () => {
    for (let i = 0; i < 3; i++) expect(await attempt(OWNER.email, OWNER.password, { address: "192.0.2.20" })).toMatchObject({ ok: true });
    expect(await t.db.signInThrottle.findUnique({ where: { key: "address:192.0.2.20" } })).toMatchObject({ attempts: 0 });
    expect(await t.db.signInThrottle.findUnique({ where: { key: `account-address:${OWNER.email}|192.0.2.20` } })).toBeNull();
  });
});
