// The page cache (ADR 0016): a reading page rendered once per data version and served to every
// anonymous visitor until the data changes. The proxy (proxy.ts) asks it first; on a miss it
// renders the page by asking this same server for it over the loopback (marked with a secret
// that only this process knows, so that the inner request renders instead of asking the cache
// again), streams that answer to the visitor and keeps a copy. Each answer carries its own CSP
// nonce: the stored page's nonce is replaced by the new one, so no two answers share a nonce.
// Concurrent misses for one page wait for one render.
import { randomUUID } from "node:crypto";
import { db } from "../db/client.server";
import { readDataVersion } from "./cached-read.server";
import { type PageCacheKey, pageCacheKey } from "./page-cache-key";
import { createSizedStore, type SizedStore, type Stored } from "./sized-store";

type StoredPage = Stored & {
  /** The nonce the body's scripts carry, to be replaced by each answer's own. */
  nonce: string;
  headers: [string, string][];
};

/** A few hundred pages of the browser's size; the process stays well under its memory budget. */
const MAX_BYTES = 24 * 1024 * 1024;
/** A larger page (a huge search result) is served but not kept. */
const MAX_PAGE_BYTES = 2 * 1024 * 1024;
/** How long a page may show the time it was rendered at (deadlines passing, "3 days left"). */
const MAX_AGE_MS = 60_000;

export const INNER_REQUEST_HEADER = "x-hindsight-render";
export const INNER_NONCE_HEADER = "x-hindsight-render-nonce";
/** hit, miss or bypass: for tests and for whoever looks at an answer's headers. */
export const PAGE_CACHE_HEADER = "x-hindsight-page-cache";

/** Headers of the inner answer that belong to its own connection. */
const HOP_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"]);
/** …and those that do not carry over to another visitor's answer. */
const PER_ANSWER_HEADERS = new Set([...HOP_HEADERS, "date", "set-cookie"]);

type Shared = { secret: string; store: SizedStore<StoredPage>; rendering: Map<string, Promise<StoredPage | null>> };
// On globalThis: Next.js may load this module more than once in one process.
const shared = globalThis as unknown as { hindsightPageCache?: Shared };
shared.hindsightPageCache ??= {
  secret: randomUUID(),
  store: createSizedStore({ maxBytes: MAX_BYTES, maxAgeMs: MAX_AGE_MS }),
  rendering: new Map(),
};
const state = shared.hindsightPageCache;

function cachingOff(): boolean {
  return process.env.HINDSIGHT_READ_CACHE === "off";
}

/** The nonce to render with when this request is the cache's own inner render, else null. */
export function innerRenderNonce(headers: Headers): string | null {
  if (headers.get(INNER_REQUEST_HEADER) !== state.secret) return null;
  return headers.get(INNER_NONCE_HEADER);
}

function answer(page: StoredPage, nonce: string, how: "hit" | "miss"): Response {
  const headers = new Headers(page.headers);
  headers.set(PAGE_CACHE_HEADER, how);
  return new Response(page.body.replaceAll(page.nonce, nonce), { status: 200, headers });
}

function keptHeaders(response: Response): [string, string][] {
  return [...response.headers].filter(([name]) => !PER_ANSWER_HEADERS.has(name.toLowerCase()));
}

/** The body as text, or null (reading stops) once it is larger than the store could keep. */
async function readUpTo(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<string | null> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
    if (text.length > maxBytes) {
      await reader.cancel(); // only this copy: the visitor's branch of the tee reads on
      return null;
    }
  }
}

/** Reads the rest of a rendered page into the store; a failed or oversized read keeps nothing. */
async function keep(options: {
  key: string;
  version: bigint;
  nonce: string;
  response: Response;
  body: ReadableStream<Uint8Array>;
}): Promise<StoredPage | null> {
  const { key, version, nonce, response, body } = options;
  try {
    const text = await readUpTo(body, MAX_PAGE_BYTES);
    if (text === null) return null;
    const page: StoredPage = { version, storedAt: Date.now(), body: text, nonce, headers: keptHeaders(response) };
    state.store.set(key, page);
    return page;
  } catch {
    return null;
  }
}

/** A rendered answer that is not kept (a redirect, a 404, a page that sets a cookie), as it came. */
function passedOn(response: Response): Response {
  const headers = new Headers([...response.headers].filter(([name]) => !HOP_HEADERS.has(name.toLowerCase())));
  headers.set(PAGE_CACHE_HEADER, "bypass");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

function cacheable(response: Response): boolean {
  const type = response.headers.get("content-type") ?? "";
  return response.status === 200 && !response.headers.has("set-cookie") && (type.startsWith("text/html") || type.startsWith("text/x-component"));
}

async function render(options: { page: PageCacheKey; version: bigint; nonce: string; origin: string }): Promise<Response> {
  const { page, version, nonce, origin } = options;
  const { key } = page;
  // Registered before the first await, so that a request arriving meanwhile waits for this render.
  const slot = `${key} ${version}`;
  let settle: (page: StoredPage | null) => void = () => {};
  state.rendering.set(
    slot,
    new Promise((resolve) => {
      settle = resolve;
    }),
  );
  const done = (page: StoredPage | null) => {
    state.rendering.delete(slot);
    settle(page);
  };
  let response: Response;
  try {
    response = await fetch(`${origin}${page.path}`, {
      headers: { ...page.routerHeaders, [INNER_REQUEST_HEADER]: state.secret, [INNER_NONCE_HEADER]: nonce, "accept-encoding": "identity" },
      redirect: "manual",
    });
  } catch (error) {
    done(null);
    throw error;
  }
  if (!cacheable(response) || !response.body) {
    done(null);
    return passedOn(response);
  }
  const [toVisitor, toStore] = response.body.tee();
  void keep({ key, version, nonce, response, body: toStore }).then(done);
  const headers = new Headers(keptHeaders(response));
  headers.set(PAGE_CACHE_HEADER, "miss");
  return new Response(toVisitor, { status: 200, headers });
}

/**
 * The answer for a request the cache may serve (pageCacheKey), rendered with `nonce`, or null to
 * let Next.js render it for this visitor alone. The caller adds the security headers.
 */
export async function cachedPage(options: { request: Request; nonce: string }): Promise<Response | null> {
  const { request, nonce } = options;
  const origin = process.env.__NEXT_PRIVATE_ORIGIN; // where `next start` listens (set by Next.js)
  if (cachingOff() || !origin) return null;
  const page = pageCacheKey({ method: request.method, url: new URL(request.url), headers: request.headers });
  if (!page) return null;
  const version = await readDataVersion(db());
  const kept = state.store.get(page.key, version, Date.now());
  if (kept) return answer(kept, nonce, "hit");
  const rendered = await state.rendering.get(`${page.key} ${version}`);
  if (rendered) return answer(rendered, nonce, "hit");
  return render({ page, version, nonce, origin });
}
