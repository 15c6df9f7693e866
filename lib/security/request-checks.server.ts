// What the proxy (proxy.ts) checks before a request reaches a page or route, as one function,
// so that a route the proxy's matcher leaves out (POST /api/v1/import: the proxy would buffer
// its body in memory, see next.config.js) runs the very same checks itself:
// - refuses addresses no route can read (malformed %-encoding, control characters): 400;
// - answers 503 at once while the database is known to be down (lib/db/availability.server.ts);
// - refuses cross-site writes that ride on the session cookie (lib/security/cross-site-refusal.ts);
// - with HINDSIGHT_PRIVATE=1, makes reading need an account too: every page and API route
//   except signing in and the health check asks for a session or an API token;
// and gives the security headers every answer carries (Content-Security-Policy with a fresh
// nonce, HSTS over HTTPS).
import { NextResponse } from "next/server";
import { actorFromHeaders } from "../auth/actor-from-headers.server";
import { databaseIsDown } from "../db/availability.server";
import { db } from "../db/client.server";
import { AppError, AppErrorCode } from "../errors/app-error";
import { appUsesHttps } from "../http/app-url";
import { problemWithRequestTarget } from "../http/check-request-target";
import { errorPage } from "../http/error-page";
import { errorResponse } from "../http/respond";
import { crossSiteRefusal } from "./cross-site-refusal";
import { securityHeaders } from "./security-headers";

const PUBLIC_PATHS = ["/sign-in", "/api/health"];

/** 400 for an address no route can read (malformed encoding, control characters). */
function refuseAddress(url: URL, nonce: string): Response | null {
  const problem = problemWithRequestTarget(url.pathname, url.search);
  if (!problem) return null;
  if (url.pathname.startsWith("/api/")) return errorResponse(new AppError(AppErrorCode.BAD_REQUEST, problem, { url: "cannot be read" }));
  return errorPage({ status: 400, title: "This address cannot be read", message: `${problem} Check the link, or start again from the home page.`, nonce });
}

/** 503 at once while the database is known to be down, instead of a failure per page. */
async function refuseWhileDatabaseIsDown(pathname: string, nonce: string): Promise<Response | null> {
  if (!(await databaseIsDown(() => db().$queryRaw`SELECT 1`))) return null;
  const message = "Hindsight cannot reach its database just now; nothing was changed. Try again in a moment.";
  if (pathname.startsWith("/api/")) return errorResponse(new AppError(AppErrorCode.UNAVAILABLE, message));
  return errorPage({ status: 503, title: "Hindsight is unavailable for a moment", message, nonce, headers: { "Retry-After": "5" } });
}

async function privateModeAnswer(request: Request, url: URL): Promise<Response | null> {
  if (process.env.HINDSIGHT_PRIVATE !== "1") return null;
  const { pathname, search } = url;
  if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return null;
  const actor = await actorFromHeaders(db(), request.headers).catch(() => null);
  if (actor) return null;
  if (pathname.startsWith("/api/")) {
    return errorResponse(new AppError(AppErrorCode.UNAUTHORIZED, "This Hindsight is private: sign in, or send an API token as Authorization: Bearer <token>."));
  }
  return NextResponse.redirect(new URL(`/sign-in?next=${encodeURIComponent(pathname + search)}`, request.url));
}

function servedOverHttps(request: Request, trustProxy: boolean): boolean {
  if (appUsesHttps()) return true;
  return trustProxy && request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

export function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export type RequestChecks = {
  nonce: string;
  /** The security headers for the answer. */
  headers: Record<string, string>;
  /** The answer when the request must go no further (headers already set), else null. */
  refusal: Response | null;
};

/** `nonce` is given only for the page cache's own render of a page, which must use its visitor's. */
export async function checkRequest(request: Request, given: { nonce?: string } = {}): Promise<RequestChecks> {
  const trustProxy = process.env.HINDSIGHT_TRUST_PROXY === "1";
  const url = new URL(request.url);
  const { pathname } = url;
  const nonce = given.nonce ?? Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const headers = securityHeaders({
    nonce,
    dev: process.env.NODE_ENV !== "production",
    https: servedOverHttps(request, trustProxy),
    api: pathname === "/api" || pathname.startsWith("/api/"),
  });
  const done = (refusal: Response | null) => ({ nonce, headers, refusal: refusal && withHeaders(refusal, headers) });

  const unreadable = refuseAddress(url, nonce);
  if (unreadable) return done(unreadable);

  const refusal = crossSiteRefusal({ method: request.method, pathname, headers: request.headers, appUrl: process.env.HINDSIGHT_URL, trustProxy });
  if (refusal) return done(errorResponse(new AppError(AppErrorCode.FORBIDDEN, refusal)));

  const unavailable = await refuseWhileDatabaseIsDown(pathname, nonce);
  if (unavailable) return done(unavailable);

  return done(await privateModeAnswer(request, url));
}

/**
 * A route handler that the proxy's matcher leaves out, run behind the proxy's own checks and
 * answering with its headers. (What the proxy also does for the routes it sees, dropping
 * untrusted X-Forwarded-* headers, matters only where the client's address is read: such a
 * route must not be left out.)
 */
export function behindRequestChecks(handler: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  return async (request) => {
    const checks = await checkRequest(request);
    if (checks.refusal) return checks.refusal;
    return withHeaders(await handler(request), checks.headers);
  };
}
