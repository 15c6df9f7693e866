// HINDSIGHT_PRIVATE=1: reading needs a session or a token too (proxy.ts).
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens.server";
import { useTestDatabase } from "@/lib/test/test-database";
import { createActor } from "@/lib/test/users";
import { proxy } from "../proxy";

const t = useTestDatabase();
let token = "";
beforeAll(async () => {
  process.env.DATABASE_URL = t.url;
  token = (await createApiToken({ db: t.db, actor: await createActor(t.db, "READER"), input: { name: "private" } })).token;
});
afterAll(() => {
  delete process.env.HINDSIGHT_PRIVATE;
});

const passes = (response: Response) => response.headers.get("x-middleware-next") === "1";

describe("private mode", () => {
  test("off by default: everyone reads", async () => {
    delete process.env.HINDSIGHT_PRIVATE;
    expect(passes(await proxy(new NextRequest("http://test/questions")))).toBe(true);
  });

  test("on: pages send visitors to sign in, the API answers 401, tokens and the sign-in page pass", async () => {
    process.env.HINDSIGHT_PRIVATE = "1";
    const page = await proxy(new NextRequest("http://test/questions?status=open"));
    expect(page.status).toBe(307);
    expect(page.headers.get("location")).toBe("http://test/sign-in?next=%2Fquestions%3Fstatus%3Dopen");

    const api = await proxy(new NextRequest("http://test/api/v1/export"));
    expect(api.status).toBe(401);
    expect((await api.json()).error.code).toBe("UNAUTHORIZED");

    expect(passes(await proxy(new NextRequest("http://test/api/v1/export", { headers: { authorization: `Bearer ${token}` } })))).toBe(true);
    expect((await proxy(new NextRequest("http://test/api/v1/export", { headers: { authorization: "Bearer hs_wrong" } }))).status).toBe(401);
    expect(passes(await proxy(new NextRequest("http://test/sign-in")))).toBe(true);
    expect(passes(await proxy(new NextRequest("http://test/api/health")))).toBe(true);
  });
});
