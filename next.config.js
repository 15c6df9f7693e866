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
    // With a proxy (proxy.ts), Next.js buffers request bodies up to this size and cuts the rest.
    // POST /api/v1/import takes up to 64 MB (lib/import/read-import-body.server.ts): a little
    // more gets through, so that the route sees a body over its limit and refuses it (413)
    // instead of reading a silently shortened file. Every other route refuses bodies over 4 MB.
    proxyClientMaxBodySize: 65 * 1024 * 1024,
  },
  async headers() {
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default nextConfig;
