// Headers that need nothing from the request go on every answer, static files included;
// the Content-Security-Policy (with its per-request nonce) and HSTS come from proxy.ts.
const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=()",
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // node-postgres loads optional native bindings at run time; keep it out of the bundle.
  serverExternalPackages: ["pg"],
  experimental: {
    // For every request the proxy (proxy.ts) runs for, Next.js copies the body into memory up
    // to this size (one setting for the whole app: Next.js has none per route) and ends the body
    // before the chunk that crosses it. Routes refuse bodies over 4 MB (lib/http/parse-request.ts):
    // 5 MB lets a body a little over 4 MB through whole, and a larger one cut to more than 4 MB,
    // so that the route always sees it is over its limit and answers 413.
    // POST /api/v1/import takes up to 64 MB: the proxy's matcher leaves it out, so its body is
    // never copied, and it streams to a temporary file (lib/import/read-import-body.server.ts).
    proxyClientMaxBodySize: 5 * 1024 * 1024,
  },
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default nextConfig;
