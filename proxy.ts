// Runs before every page, server action and API route (not static files):
// - refuses addresses no route can read (malformed %-encoding, control characters): 400;
// - answers 503 at once while the database is known to be down (lib/db/availability.server.ts);
// - refuses cross-site writes that ride on the session cookie (lib/security/cross-site-refusal.ts);
// - sets the Content-Security-Policy with a fresh nonce, and HSTS over HTTPS;
// - drops X-Forwarded-* headers unless a proxy of ours sets them (HINDSIGHT_TRUST_PROXY=1), so
//   that Next.js fills them from the connection itself and nobody can pose as another address;
// - with HINDSIGHT_PRIVATE=1, makes reading need an account too: every page and API route
//   except signing in and the health check asks for a session or an API token.
import { type NextRequest, NextResponse } from "next/server";
import { actorFromHeaders } from "@/lib/auth/actor-from-headers.server";
import { databaseIsDown } from "@/lib/db/availability.server";
import { db } from "@/lib/db/client.server";
import { AppError, AppErrorCode } from "@/lib/errors/app-error";
import { appUsesHttps } from "@/lib/http/app-url";
import { problemWithRequestTarget } from "@/lib/http/check-request-target";
import { errorPage } from "@/lib/http/error-page";
import { errorResponse } from "@/lib/http/respond";
import { crossSiteRefusal } from "@/lib/security/cross-site-refusal";
import { securityHeaders } from "@/lib/security/security-headers";

const PUBLIC_PATHS = ["/sign-in", "/api/health"];
const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

/** 400 for an address no route can read (malformed encoding, control characters). */
function refuseAddress(request: NextRequest, nonce: string): Response | null {
  const raw = new URL(request.url);
  const problem = problemWithRequestTarget(raw.pathname, raw.search);
  if (!problem) return null;
  if (raw.pathname.startsWith("/api/")) return errorResponse(new AppError(AppErrorCode.BAD_REQUEST, problem, { url: "cannot be read" }));
  return errorPage({ status: 400, title: "This address cannot be read", message: `${problem} Check the link, or start again from the home page.`, nonce });
}

/** 503 at once while the database is known to be down, instead of a failure per page. */
async function refuseWhileDatabaseIsDown(request: NextRequest, nonce: string): Promise<Response | null> {
  if (!(await databaseIsDown(() => db().$queryRaw`SELECT 1`))) return null;
  const message = "Hindsight cannot reach its database just now; nothing was changed. Try again in a moment.";
  if (request.nextUrl.pathname.startsWith("/api/")) return errorResponse(new AppError(AppErrorCode.UNAVAILABLE, message));
  return errorPage({ status: 503, title: "Hindsight is unavailable for a moment", message, nonce, headers: { "Retry-After": "5" } });
}

async function privateModeAnswer(request: NextRequest): Promise<Response | null> {
  if (process.env.HINDSIGHT_PRIVATE !== "1") return null;
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return null;
  const actor = await actorFromHeaders(db(), request.headers).catch(() => null);
  if (actor) return null;
  if (pathname.startsWith("/api/")) {
    return errorResponse(new AppError(AppErrorCode.UNAUTHORIZED, "This Hindsight is private: sign in, or send an API token as Authorization: Bearer <token>."));
  }
  return NextResponse.redirect(new URL(`/sign-in?next=${encodeURIComponent(pathname + search)}`, request.url));
}

function servedOverHttps(request: NextRequest, trustProxy: boolean): boolean {
  if (appUsesHttps()) return true;
  return trustProxy && request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export async function proxy(request: NextRequest) {
  const trustProxy = process.env.HINDSIGHT_TRUST_PROXY === "1";
  const { pathname } = request.nextUrl;
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const headers = securityHeaders({
    nonce,
    dev: process.env.NODE_ENV !== "production",
    https: servedOverHttps(request, trustProxy),
    api: pathname === "/api" || pathname.startsWith("/api/"),
  });

  const unreadable = refuseAddress(request, nonce);
  if (unreadable) return withHeaders(unreadable, headers);

  const refusal = crossSiteRefusal({ method: request.method, pathname, headers: request.headers, appUrl: process.env.HINDSIGHT_URL, trustProxy });
  if (refusal) return withHeaders(errorResponse(new AppError(AppErrorCode.FORBIDDEN, refusal)), headers);

  const unavailable = await refuseWhileDatabaseIsDown(request, nonce);
  if (unavailable) return withHeaders(unavailable, headers);

  const privateAnswer = await privateModeAnswer(request);
  if (privateAnswer) return withHeaders(privateAnswer, headers);

  const forwarded = new Headers(request.headers);
  // Next.js reads the nonce for its scripts from the request's policy.
  forwarded.set("content-security-policy", headers["Content-Security-Policy"]);
  if (!trustProxy) for (const name of FORWARDED_HEADERS) forwarded.delete(name);
  return withHeaders(NextResponse.next({ request: { headers: forwarded } }), headers);
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
