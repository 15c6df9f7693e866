// Cross-site request forgery: a page on another site (another port of the same host included)
// can make the browser send Hindsight's session cookie with a form or fetch. Writes that
// ride on the cookie must therefore come from Hindsight's own pages: same Origin, and for the
// API a JSON body, which a cross-site form cannot send and a cross-site fetch cannot send
// without a CORS preflight that Hindsight never grants. Bearer tokens are not sent by
// browsers on their own, so requests carrying one are not at risk.

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export type CrossSiteCheck = {
  method: string;
  pathname: string;
  headers: Headers;
  /** HINDSIGHT_URL, the app's public address, when set. */
  appUrl?: string;
  /** Whether X-Forwarded-Host comes from a proxy of ours (HINDSIGHT_TRUST_PROXY). */
  trustProxy: boolean;
};

function firstValue(header: string | null): string | undefined {
  return header?.split(",")[0]?.trim() || undefined;
}

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

function isSameOrigin(check: CrossSiteCheck): boolean {
  const origin = check.headers.get("origin");
  // Browsers send Origin on every cross-site write; without it, only their own word that
  // the request is same-origin will do.
  if (origin === null) return check.headers.get("sec-fetch-site") === "same-origin";
  if (origin === "null") return false;
  let originUrl: URL;
  try {
    originUrl = new URL(origin);
  } catch {
    return false;
  }
  if (originUrl.origin === originOf(check.appUrl)) return true;
  const host = (check.trustProxy ? firstValue(check.headers.get("x-forwarded-host")) : undefined) ?? check.headers.get("host");
  return host !== null && originUrl.host === host.toLowerCase();
}

function isJson(contentType: string | null): boolean {
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  return mediaType === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(mediaType);
}

function isCsv(contentType: string | null): boolean {
  return contentType?.split(";")[0]?.trim().toLowerCase() === "text/csv";
}

/** Why this request must be refused as cross-site, or null when it may go on. */
export function crossSiteRefusal(check: CrossSiteCheck): string | null {
  if (!WRITE_METHODS.has(check.method.toUpperCase())) return null;
  const api = check.pathname === "/api" || check.pathname.startsWith("/api/");
  if (!api) {
    // Writes to pages are server actions (with or without JavaScript): same origin only.
    return isSameOrigin(check) ? null : "This form was sent from another site; sign in and use Hindsight's own pages.";
  }
  if (/^Bearer\s+\S+$/i.test(check.headers.get("authorization") ?? "")) return null;
  if (!check.headers.get("cookie")) return null; // no credentials: the route answers 401 itself
  if (!isSameOrigin(check)) {
    return "Writes with a session cookie must come from Hindsight's own pages; scripts send Authorization: Bearer <token>.";
  }
  // The import page uploads CSV files as they are (streamed): text/csv, to this route only. A
  // cross-site page cannot send it without a CORS preflight, and it is same-origin by now.
  if (check.pathname === "/api/v1/import" && isCsv(check.headers.get("content-type"))) return null;
  if (!isJson(check.headers.get("content-type"))) {
    return "Writes with a session cookie must send a JSON body (Content-Type: application/json).";
  }
  return null;
}
