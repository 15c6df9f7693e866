// Runs before every page, server action and API route (not static files, and not
// POST /api/v1/import: see `config` below) the checks of lib/security/request-checks.server.ts,
// then answers anonymous readers from the page cache (lib/cache/cached-page.server.ts):
// unreadable addresses (400), a database known to be down (503), cross-site writes that ride on
// the session cookie, private mode; sets the Content-Security-Policy with a fresh nonce, and
// HSTS over HTTPS; and drops X-Forwarded-* headers unless a proxy of ours sets them
// (HINDSIGHT_TRUST_PROXY=1), so that Next.js fills them from the connection itself and nobody
// can pose as another address.
import { type NextRequest, NextResponse } from "next/server";
import { cachedPage, innerRenderNonce } from "@/lib/cache/cached-page.server";
import { checkRequest, withHeaders } from "@/lib/security/request-checks.server";

const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

export async function proxy(request: NextRequest) {
  const trustProxy = process.env.HINDSIGHT_TRUST_PROXY === "1";
  const innerNonce = innerRenderNonce(request.headers);
  const { headers, nonce, refusal } = await checkRequest(request, { nonce: innerNonce ?? undefined });
  if (refusal) return refusal;
  // A reading page for an anonymous visitor comes from the page cache (ADR 0016), unless this
  // request is that cache rendering the page.
  const cached = innerNonce === null ? await cachedPage({ request, nonce }) : null;
  if (cached) return withHeaders(cached, headers);

  const forwarded = new Headers(request.headers);
  // Next.js reads the nonce for its scripts from the request's policy.
  forwarded.set("content-security-policy", headers["Content-Security-Policy"]!);
  if (!trustProxy) for (const name of FORWARDED_HEADERS) forwarded.delete(name);
  return withHeaders(NextResponse.next({ request: { headers: forwarded } }), headers);
}

// Next.js copies the body of every request the proxy runs for into memory (up to
// experimental.proxyClientMaxBodySize, next.config.js), for the proxy and the route to read.
// The import route takes files of up to 64 MB and streams them: it is left out here and runs
// the same checks itself (lib/security/request-checks.server.ts, behindRequestChecks).
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|api/v1/import$).*)"] };
