// Where to send someone after signing in: only a path of this site. A crafted `next` must not
// reach another site, whatever the browser's URL parser makes of it: "//host", "/\host",
// "/%5Chost" and "/<tab>/host" all name another host to a browser.

const FALLBACK = "/";
const MAX_LENGTH = 2048;
// How many layers of percent-encoding we peel before giving up on the value.
const MAX_DECODE_LAYERS = 4;

// Control characters (tab, newline and the rest), DEL, and backslashes, which browsers read as "/".
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\]/;
// Encoded slashes and backslashes, and encoded control characters.
const UNSAFE_ESCAPES = /%(2f|5c|[01][0-9a-f]|7f)/i;

function isSafeLayer(value: string): boolean {
  return !UNSAFE_CHARACTERS.test(value) && !UNSAFE_ESCAPES.test(value);
}

/** `next` when it is a path on this site, else "/". */
export function safeNextPath(options: { next: unknown }): string {
  const { next } = options;
  if (typeof next !== "string" || next.length === 0 || next.length > MAX_LENGTH) return FALLBACK;
  if (!next.startsWith("/") || next.startsWith("//")) return FALLBACK;
  // Check every decoding of the value, so that double encoding hides nothing.
  let layer = next;
  for (let i = 0; i < MAX_DECODE_LAYERS; i++) {
    if (!isSafeLayer(layer)) return FALLBACK;
    let decoded: string;
    try {
      decoded = decodeURIComponent(layer);
    } catch {
      return FALLBACK; // a malformed escape: not a path we made
    }
    if (decoded === layer) return next;
    if (decoded.startsWith("//")) return FALLBACK;
    layer = decoded;
  }
  return FALLBACK; // more layers of encoding than any link of ours has
}
