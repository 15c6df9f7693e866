import { expect, test } from "vitest";
import { pageCacheKey } from "./page-cache-key";

const ask = (address: string, headers: Record<string, string> = {}, method = "GET") =>
  pageCacheKey({ method, url: new URL(address, "http://hindsight.test"), headers: new Headers(headers) });

test("reading pages asked for by an anonymous visitor are kept under their path and query", () => {
  for (const path of [
    "/",
    "/questions",
    "/questions?status=open&cursor=abc",
    "/questions/q1",
    "/forecasters/ana-li",
    "/topics/sanctions",
    "/sources/s1",
    "/compare?a=x&b=y",
    "/search?q=summit",
    "/about/scoring",
  ]) {
    expect(ask(path)?.key, path).toBe(path);
  }
});

test("forms, editors, account pages and the API are rendered for each visitor", () => {
  for (const path of [
    "/questions/new",
    "/sources/new",
    "/questions/q1/edit",
    "/forecasters/ana-li/merge",
    "/sources/s1/review",
    "/import",
    "/settings",
    "/sign-in",
    "/resolve",
    "/admin",
    "/api/v1/questions",
    "/api/health",
  ]) {
    expect(ask(path), path).toBeNull();
  }
});

test("anyone who carries a cookie or a token, and any method but GET, is never served a kept page", () => {
  expect(ask("/questions", { cookie: "better-auth.session_token=x" })).toBeNull();
  expect(ask("/questions", { authorization: "Bearer t" })).toBeNull();
  expect(ask("/questions", {}, "POST")).toBeNull();
  expect(ask("/questions", {}, "HEAD")).toBeNull();
});

test("the client router's headers change the answer, so they are part of the key and passed on", () => {
  const document = ask("/questions");
  const payload = ask("/questions?_rsc=1x2y", { rsc: "1", "next-router-state-tree": "%5B%22%22%5D" });
  const prefetch = ask("/questions?_rsc=1x2y", { rsc: "1", "next-router-state-tree": "%5B%22%22%5D", "next-router-prefetch": "1" });
  const keys = new Set([document?.key, payload?.key, prefetch?.key]);
  expect(keys.size).toBe(3);
  expect(payload?.path).toBe("/questions?_rsc=1x2y");
  expect(prefetch?.routerHeaders).toEqual({ rsc: "1", "next-router-state-tree": "%5B%22%22%5D", "next-router-prefetch": "1" });
  expect(document?.routerHeaders).toEqual({});
  // Headers that do not change the answer do not split the cache.
  expect(ask("/questions", { accept: "text/html", "user-agent": "x" })?.key).toBe(document?.key);
});
