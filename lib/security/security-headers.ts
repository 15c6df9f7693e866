// The headers that every page and API answer carries (static files get the ones that need no
// request: next.config.js). The script policy is nonce-based: Next.js puts the nonce it finds
// in the request's Content-Security-Policy on its own inline and bundled scripts.

export type SecurityHeadersInput = {
  /** Fresh for every request. */
  nonce: string;
  /** `next dev` evaluates code for its error overlay and injects styles. */
  dev: boolean;
  /** Served over HTTPS: HSTS and upgrading stray http: subresources. */
  https: boolean;
  /** API answers are data, never documents: nothing may load from them. */
  api: boolean;
};

const HSTS = "max-age=31536000; includeSubDomains";

function pagePolicy({ nonce, dev, https }: SecurityHeadersInput): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonce-bearing bootstrap load Next's chunks; 'self' is for old browsers.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // In dev, styles are injected without a nonce; a nonce would switch 'unsafe-inline' off.
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Content-Security-Policy (and HSTS over HTTPS) for one response. */
export function securityHeaders(input: SecurityHeadersInput): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": input.api ? "default-src 'none'; frame-ancestors 'none'" : pagePolicy(input),
  };
  if (input.https) headers["Strict-Transport-Security"] = HSTS;
  return headers;
}
