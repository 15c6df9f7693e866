import { describe, expect, test } from "vitest";
import { crossSiteRefusal } from "./cross-site-refusal";

const check = (headers: Record<string, string>, extra: { method?: string; pathname?: string; trustProxy?: boolean; appUrl?: string } = {}) =>
  crossSiteRefusal({
    method: "POST",
    pathname: "/api/v1/forecasts",
    trustProxy: false,
    ...extra,
    headers: new Headers({ host: "app.test", cookie: "s=1", ...headers }),
  });

describe("crossSiteRefusal", () => {
  test("JSON media types with parameters or a +json suffix count as JSON", () => {
    expect(check({ origin: "http://app.test", "content-type": "application/json;charset=UTF-8" })).toBeNull();
    expect(check({ origin: "http://app.test", "content-type": "application/merge-patch+json" })).toBeNull();
    expect(check({ origin: "http://app.test", "content-type": "text/json" })).toMatch(/JSON/);
    expect(check({ origin: "http://app.test" })).toMatch(/JSON/);
  });

  test("X-Forwarded-Host names our host only when a proxy of ours is trusted", () => {
    const behindProxy = { host: "127.0.0.1:3000", "x-forwarded-host": "evil.example", origin: "http://evil.example", "content-type": "application/json" };
    expect(check(behindProxy)).toMatch(/own pages/);
    expect(check(behindProxy, { trustProxy: true })).toBeNull();
  });

  test("a malformed Origin is foreign", () => {
    expect(check({ origin: "not a url", "content-type": "application/json" })).toMatch(/own pages/);
  });

  test("reads, cookie-less API writes and bearer API writes are left alone; page writes are checked without a cookie too", () => {
    expect(check({ origin: "http://evil.example" }, { method: "GET" })).toBeNull();
    expect(
      crossSiteRefusal({ method: "POST", pathname: "/api/v1/forecasts", trustProxy: false, headers: new Headers({ origin: "http://evil.example" }) }),
    ).toBeNull();
    expect(check({ authorization: "Bearer hs_x", origin: "http://evil.example", "content-type": "text/plain" })).toBeNull();
    expect(check({ origin: "http://evil.example" }, { pathname: "/questions/new" })).toMatch(/another site/);
    expect(check({ origin: "http://app.test" }, { pathname: "/questions/new" })).toBeNull();
  });

  test("the import route alone takes text/csv with the cookie, and only from its own origin", () => {
    const csv = { "content-type": "text/csv; charset=utf-8" };
    expect(check({ origin: "http://app.test", ...csv }, { pathname: "/api/v1/import" })).toBeNull();
    expect(check({ origin: "http://evil.example", ...csv }, { pathname: "/api/v1/import" })).toMatch(/own pages/);
    expect(check({ origin: "http://app.test", ...csv })).toMatch(/JSON/);
    expect(check({ origin: "http://app.test", "content-type": "text/plain" }, { pathname: "/api/v1/import" })).toMatch(/JSON/);
  });
});
