import type { NextConfig } from "next";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import path from "node:path";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Content-Security-Policy",
    value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

// First path segments that belong to a route or a folder of files, never to an edition's 404.
const claimed = "(?!(?:gu|en|admin|api|_next|media|sitemaps)(?:$|/))";
const defaultEdition = process.env.DEFAULT_EDITION === "en" ? "en" : "gu";

const nextConfig: NextConfig = {
  // Tests build into their own folder so their cached pages never mix with the dev database's.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typescript: { tsconfigPath: process.env.NEXT_DIST_DIR === ".next-test" ? "tsconfig.test.json" : "tsconfig.json" },
  poweredByHeader: false,
  // Every node of one deployment names the same id (README, "Running on more than one machine"):
  // a browser holding pages of another deployment reloads instead of mixing their scripts.
  deploymentId: process.env.NEXT_DEPLOYMENT_ID || undefined,
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
  // Addresses no file or route answers (`/x.php`, `/wp-admin/setup.php`, `/fonts/old.woff2`) get an
  // edition's server-drawn 404 instead of Next's empty error shell; proxy.ts does the same for
  // addresses without a dot. These run after files and fixed routes, before the `[lang]` route.
  async rewrites() {
    return {
      beforeFiles: [],
      afterFiles: [
        { source: `/:first(${claimed}en[^/]*)/:rest*`, destination: "/en/404" },
        { source: `/:first(${claimed}gu[^/]*)/:rest*`, destination: "/gu/404" },
        { source: `/:first(${claimed}[^/]+)/:rest*`, destination: `/${defaultEdition}/404` },
      ],
      fallback: [],
    };
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
          {
            key: "Content-Security-Policy",
            value: "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'",
          },
        ],
      },
      // The font files carry their version in their names.
      { source: "/fonts/:file*", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
    ];
  },
};

// With REDIS_URL, the serving processes share Next's page and data cache through Redis
// (server/redis-cache-handler.ts, loaded by the portal's server under tsx). A build never
// writes to it: its pages would belong to no deployment yet.
const distDir = nextConfig.distDir ?? ".next";
export default function config(phase: string): NextConfig {
  if (!process.env.REDIS_URL || phase !== PHASE_PRODUCTION_SERVER) return nextConfig;
  return {
    ...nextConfig,
    cacheHandler: path.relative(distDir, "server/redis-cache-handler.ts"),
    cacheMaxMemorySize: 0,
  };
}
