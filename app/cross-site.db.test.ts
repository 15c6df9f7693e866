// Writes that ride on the session cookie must come from Hindsight's own pages (proxy.ts,
// lib/security/cross-site-refusal.ts); bearer tokens work from anywhere. Each request goes
// through the proxy and, when the proxy lets it pass, through the real route handler.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, test } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens.server";
import { signIn } from "@/lib/auth/sign-in.server";
import { useTestDatabase } from "@/lib/test/test-database";
import { commandLineActor } from "@/lib/users/system-actor.server";
import { createUser } from "@/lib/users/create-user.server";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { config as proxyConfig, proxy } from "../proxy";
import { POST as importRoute } from "./api/v1/import/route";
import { POST as createQuestionRoute } from "./api/v1/questions/route";

const t = useTestDatabase();
const APP = "http://hindsight.test";
let cookie = "";
let token = "";

beforeAll(async () => {
  process.env.DATABASE_URL = t.url;
  const admin = await commandLineActor(t.db);
  const { user } = await createUser({ db: t.db, actor: admin, input: { email: "analyst@example.org", role: "ANALYST", password: "analyst password 1" } });
  const session = await signIn({ db: t.db, input: { email: "analyst@example.org", password: "analyst password 1" } });
  cookie = session.setCookie.split(";")[0];
  token = (await createApiToken({ db: t.db, actor: { id: user.id, role: user.role }, input: { name: "script" } })).token;
});

let titles = 0;
function questionBody() {
  titles += 1;
  return JSON.stringify({ title: `Will test ${titles} pass by 2030?`, criteria: "YES if it does.", deadline: "2030-01-01" });
}

function write(headers: Record<string, string>, body = questionBody()) {
  return new NextRequest(`${APP}/api/v1/questions`, { method: "POST", headers: { host: "hindsight.test", ...headers }, body });
}

/** The proxy first; the route only if the proxy lets the request through, as in the app. */
async function send(request: NextRequest): Promise<Response> {
  const verdict = await proxy(request);
  if (verdict.headers.get("x-middleware-next") !== "1") return verdict;
  return createQuestionRoute(request);
}

const questionCount = () => t.db.question.count();

describe("API writes with the session cookie", () => {
  test("from another origin (another port of the same host too) are refused with 403 and write nothing", async () => {
    const before = await questionCount();
    for (const origin of ["http://evil.example", "http://hindsight.test:8080", "https://hindsight.test.evil.example", "null"]) {
      const response = await send(write({ cookie, origin, "content-type": "application/json" }));
      expect(response.status, origin).toBe(403);
      expect(await response.json(), origin).toEqual({ error: { code: "FORBIDDEN", message: expect.stringMatching(/own pages/), details: {} } });
    }
    expect(await questionCount()).toBe(before);
  });

  test("without an Origin are refused unless the browser says it is same-origin", async () => {
    const before = await questionCount();
    expect((await send(write({ cookie, "content-type": "application/json" }))).status).toBe(403);
    expect((await send(write({ cookie, "content-type": "application/json", "sec-fetch-site": "cross-site" }))).status).toBe(403);
    expect(await questionCount()).toBe(before);
    expect((await send(write({ cookie, "content-type": "application/json", "sec-fetch-site": "same-origin" }))).status).toBe(201);
  });

  test("as a text/plain or form body are refused even from the same origin", async () => {
    const before = await questionCount();
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const response = await send(write({ cookie, origin: APP, "content-type": type }));
      expect(response.status, type).toBe(403);
      expect((await response.json()).error.message).toMatch(/JSON body/);
    }
    expect(await questionCount()).toBe(before);
  });

  test("from the same origin with JSON are accepted", async () => {
    const before = await questionCount();
    const response = await send(write({ cookie, origin: APP, "content-type": "application/json; charset=utf-8" }));
    expect(response.status).toBe(201);
    expect(await questionCount()).toBe(before + 1);
  });

  test("from HINDSIGHT_URL's origin are accepted behind a proxy that rewrites Host", async () => {
    process.env.HINDSIGHT_URL = "https://forecasts.example.org";
    try {
      const response = await send(write({ cookie, host: "127.0.0.1:3000", origin: "https://forecasts.example.org", "content-type": "application/json" }));
      expect(response.status).toBe(201);
    } finally {
      delete process.env.HINDSIGHT_URL;
    }
  });
});

describe("API writes with a bearer token", () => {
  test("are accepted from any origin, even alongside a cookie", async () => {
    const before = await questionCount();
    const response = await send(write({ authorization: `Bearer ${token}`, cookie, origin: "http://evil.example", "content-type": "application/json" }));
    expect(response.status).toBe(201);
    expect(await questionCount()).toBe(before + 1);
  });
});

describe("server actions", () => {
  const action = (origin: string | undefined) =>
    new NextRequest(`${APP}/questions/new`, {
      method: "POST",
      headers: { host: "hindsight.test", "next-action": "abc123", "content-type": "text/plain;charset=UTF-8", cookie, ...(origin ? { origin } : {}) },
      body: "[]",
    });

  test("from another origin are refused with 403 before Next.js sees them", async () => {
    const response = await proxy(action("http://localhost:4000"));
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("FORBIDDEN");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  test("from the same origin pass", async () => {
    const response = await proxy(action(APP));
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });

  test("reads and GET requests are never refused", async () => {
    const response = await proxy(new NextRequest(`${APP}/questions`, { headers: { host: "hindsight.test", origin: "http://evil.example", cookie } }));
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });
});

describe("the proxy's headers", () => {
  test("pages get a nonce-based policy, fresh each time, that Next.js also sees on the request", async () => {
    const [a, b] = await Promise.all([proxy(new NextRequest(`${APP}/`)), proxy(new NextRequest(`${APP}/`))]);
    const policy = a.headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toBe(b.headers.get("content-security-policy"));
    // NextResponse.next passes request headers to the app as x-middleware-request-*.
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(a.headers.get("strict-transport-security")).toBeNull();
  });

  test("API answers get a policy that loads nothing", async () => {
    const response = await proxy(new NextRequest(`${APP}/api/v1/questions`));
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  test("HSTS only over HTTPS: HINDSIGHT_URL, or X-Forwarded-Proto from a trusted proxy", async () => {
    const forwardedHttps = () => proxy(new NextRequest(`${APP}/`, { headers: { "x-forwarded-proto": "https" } }));
    expect((await forwardedHttps()).headers.get("strict-transport-security")).toBeNull();
    process.env.HINDSIGHT_TRUST_PROXY = "1";
    try {
      expect((await forwardedHttps()).headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    } finally {
      delete process.env.HINDSIGHT_TRUST_PROXY;
    }
    process.env.HINDSIGHT_URL = "https://forecasts.example.org";
    try {
      const response = await proxy(new NextRequest(`${APP}/`));
      expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
      expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    } finally {
      delete process.env.HINDSIGHT_URL;
    }
  });

  test("a client's own X-Forwarded-For is dropped unless a proxy of ours is trusted", async () => {
    const spoofed = () => proxy(new NextRequest(`${APP}/sign-in`, { headers: { "x-forwarded-for": "203.0.113.9" } }));
    const first = await spoofed();
    expect(first.headers.get("x-middleware-override-headers")?.split(",")).not.toContain("x-forwarded-for");
    process.env.HINDSIGHT_TRUST_PROXY = "1";
    try {
      expect((await spoofed()).headers.get("x-middleware-request-x-forwarded-for")).toBe("203.0.113.9");
    } finally {
      delete process.env.HINDSIGHT_TRUST_PROXY;
    }
  });
});

describe("POST /api/v1/import, which the proxy leaves out so that Next.js does not copy its body into memory", () => {
  const importCsv = (headers: Record<string, string>) =>
    new NextRequest(`${APP}/api/v1/import?dryRun=1`, {
      method: "POST",
      headers: { host: "hindsight.test", "content-type": "text/csv", ...headers },
      body: "x",
    });

  test("is left out by the proxy's matcher; every other route, the import page included, is not", () => {
    const matches = (url: string) => unstable_doesMiddlewareMatch({ config: proxyConfig, url });
    expect(matches("/api/v1/import")).toBe(false);
    expect(matches("/api/v1/import?dryRun=1")).toBe(false);
    for (const url of ["/api/v1/import/other", "/api/v1/imports", "/import", "/api/v1/questions", "/api/v1/export", "/"]) expect(matches(url), url).toBe(true);
  });

  test("runs the proxy's checks itself: a cross-site cookie write is refused, its answers carry the security headers", async () => {
    const refused = await importRoute(importCsv({ cookie, origin: "http://evil.example" }));
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toMatch(/own pages/);
    expect(refused.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
    const unreadable = await importRoute(
      new NextRequest(`${APP}/api/v1/import?q=%E0%A4%A`, { method: "POST", headers: { "content-type": "text/csv" }, body: "x" }),
    );
    expect(unreadable.status).toBe(400);
    // With a token from anywhere, the request reaches the route (here: a file it cannot read).
    const reached = await importRoute(importCsv({ authorization: `Bearer ${token}`, origin: "http://evil.example" }));
    expect(reached.status).toBe(422);
    expect(reached.headers.get("content-security-policy")).toMatch(/default-src 'none'/);
  });
});
