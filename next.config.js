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
    // to this size and cuts the rest. This is global (Next.js has no per-route setting). Routes
    // refuse bodies over 4 MB (lib/http/parse-request.ts): one byte more gets through, so that a
    // route sees a body over its limit and refuses it (413) instead of reading a shortened one.
    // POST /api/v1/import takes up to 64 MB: the proxy's matcher leaves it out, so its body is
    // never copied, and it streams to a temporary file (lib/import/read-import-body.server.ts).
    proxyClientMaxBodySize: 4 * 1024 * 1024 + 1,
  },
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default nextConfig;
