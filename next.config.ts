import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

const nextConfig: NextConfig = {
  // Tests build into their own folder so their cached pages never mix with the dev database's.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typescript: { tsconfigPath: process.env.NEXT_DIST_DIR === ".next-test" ? "tsconfig.test.json" : "tsconfig.json" },
  poweredByHeader: false,
  // Behind nginx, which compresses, set COMPRESS=false (README, "Behind nginx").
  compress: process.env.COMPRESS !== "false",
  reactStrictMode: true,
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  experimental: {
    globalNotFound: true,
    // forbidden() and app/admin/forbidden.tsx: a commenter at /admin gets a real 403.
    authInterrupts: true,
    // The featured-image upload allows 5 MB (lib/upload.ts); the rest is the form and multipart overhead.
    serverActions: { bodySizeLimit: "6mb" },
  },
  images: {
    localPatterns: [{ pathname: "/media/**", search: "" }],
    formats: ["image/avif", "image/webp"],
    deviceSizes: [360, 480, 640, 828, 1080, 1200],
    imageSizes: [96, 160, 256, 384],
    minimumCacheTTL: 31536000,
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Signed preview links (app/(site)/[lang]/preview): one person's, never indexed or stored, framed by the newsroom.
      {
        source: "/:lang(gu|en)/preview/:token",
        headers: [
          { key: "Cache-Control", value: "private, no-store" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'" },
        ],
      },
      // The font files carry their version in their names.
      { source: "/fonts/:file*", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
    ];
  },
};

export default nextConfig;
