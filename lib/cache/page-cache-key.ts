// Which requests the page cache may answer (lib/cache/cached-page.server.ts), and under what key.
// Only what is the same for everyone: a GET of a public reading page by a visitor who carries no
// cookie and no token (signed-in people see their own menu, and may see their own writes at
// once). Next.js's client router asks for the same address with headers that change the answer
// (the RSC payload instead of the document, the part of the page it lacks): those headers are
// part of the key, and the cache's own render sends them on. Pure: the proxy passes the request.

/** Pages that show public data only; forms, editors and account pages are never cached. */
const READING_PAGES = [
  /^\/$/,
  /^\/(questions|forecasters|topics|sources|compare|search)$/,
  /^\/(questions|forecasters|topics|sources)\/(?!new$)[^/]+$/,
  /^\/about\/[^/]+$/,
];

/** Headers that make the answer depend on who asks. */
const PERSONAL_HEADERS = ["cookie", "authorization"];
/** Headers the answer varies on (Next.js's own Vary list for App Router pages). */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];

export type PageRequest = { method: string; url: URL; headers: Headers };
export type PageCacheKey = { key: string; path: string; routerHeaders: Record<string, string> };

/** The key and what the render needs, or null when the request must be rendered for its sender. */
export function pageCacheKey(request: PageRequest): PageCacheKey | null {
  const { method, url, headers } = request;
  if (method !== "GET") return null;
  if (PERSONAL_HEADERS.some((name) => headers.has(name))) return null;
  if (!READING_PAGES.some((page) => page.test(url.pathname))) return null;
  const routerHeaders: Record<string, string> = {};
  for (const name of ROUTER_HEADERS) {
    const value = headers.get(name);
    if (value !== null) routerHeaders[name] = value;
  }
  const path = `${url.pathname}${url.search}`;
  const key = [path, ...Object.entries(routerHeaders).map(([name, value]) => `${name}=${value}`)].join("\n");
  return { key, path, routerHeaders };
}
