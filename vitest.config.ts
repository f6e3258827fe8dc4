import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    testTimeout: 60000,
    // Seeding a fresh database draws every demo illustration: seconds on 2 cores, more when busy.
    hookTimeout: 120000,
  },
});
