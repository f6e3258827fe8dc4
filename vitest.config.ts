import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    testTimeout: 60000,
    hookTimeout: 120000,
    // Seeding a fresh database draws every demo illustration, which takes a few seconds on 2 cores.
    hookTimeout: 60000,
  },
});
