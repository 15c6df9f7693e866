/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // node-postgres loads optional native bindings at run time; keep it out of the bundle.
  serverExternalPackages: ["pg"],
};

export default nextConfig;
