import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // Next's build marks auth/ and other server modules with `import "server-only"` (a client import
    // fails the build); in unit tests, as on the server, the marker is empty.
    alias: { "server-only": "next/dist/compiled/server-only/empty.js" },
  },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/helpers/postgres-run.ts"],
    // next-auth imports "next/server" without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 60000,
    // Seeding a fresh database draws every demo illustration: seconds on 2 cores, more when busy.
    hookTimeout: 120000,
    // Drawn once, copied for every later fresh database (db/seed/images.ts).
    env: { SEED_IMAGE_CACHE: process.env.SEED_IMAGE_CACHE ?? path.resolve("node_modules/.cache/seed-images") },
  },
});
