// With HINDSIGHT_PRIVATE=1, reading needs an account too: every page and API route except
// signing in and the health check asks for a session or an API token. Without it, this
// does nothing (writes are checked by the domain functions either way).
import { type NextRequest, NextResponse } from "next/server";
import { actorFromHeaders } from "@/lib/auth/actor-from-headers.server";
import { db } from "@/lib/db/client.server";

const PUBLIC_PATHS = ["/sign-in", "/api/health"];

export async function proxy(request: NextRequest) {
  if (process.env.HINDSIGHT_PRIVATE !== "1") return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return NextResponse.next();
  const actor = await actorFromHeaders(db(), request.headers).catch(() => null);
  if (actor) return NextResponse.next();
  if (pathname.startsWith("/api/")) {
    return Response.json(
      { error: { code: "UNAUTHORIZED", message: "This Hindsight is private: sign in, or send an API token as Authorization: Bearer <token>.", details: {} } },
      { status: 401 },
    );
  }
  return NextResponse.redirect(new URL(`/sign-in?next=${encodeURIComponent(pathname + search)}`, request.url));
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
