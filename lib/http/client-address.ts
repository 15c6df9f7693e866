// The address a request came from, for sign-in limits. proxy.ts removes X-Forwarded-For unless
// HINDSIGHT_TRUST_PROXY=1, and Next.js then sets it to the connection's address; so the last
// entry is either the socket's address or the one that our own proxy appended.

/** The client's address, or "unknown". IPv4 addresses lose their IPv6 wrapping. */
export function clientAddress(options: { headers: Headers }): string {
  const entries = (options.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const last = entries.at(-1);
  if (!last) return "unknown";
  return last
    .replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1")
    .toLowerCase()
    .slice(0, 64);
}
