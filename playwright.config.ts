import { defineConfig, devices } from "@playwright/test";
import fs from "node:fs";

const port = Number(process.env.E2E_PORT ?? 3100);

// Prefer an explicit browser, then Debian's Chromium, then Playwright's own download.
function chromiumPath(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

const chrome = { ...devices["Desktop Chrome"], channel: undefined };

// Files that only read the demo newsroom, or arrange data of their own under unique names without
// counting global lists, checksumming the database, changing settings or posting as a shared reader.
// Not pagination or tap-targets: their Latin-named sections would show in /gu's navigation, which
// page-language reads.
const parallelSpecs = new RegExp(
  `/(${[
    "accessibility",
    "console-errors",
    "content-security",
    "desk-reply",
    "edition-not-found",
    "listing-images",
    "mobile",
    "not-found",
    "page-language",
    "preview-links",
    "reading",
    "site-identity",
  ].join("|")})\\.spec\\.ts$`,
);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  // One worker unless told: scripts/test.ts runs the `parallel` project on two first, then `serial` alone.
  workers: Number(process.env.E2E_WORKERS) || 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: process.env.E2E_JSON ?? "test-results/e2e.json" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "sign-in", testMatch: /sign-in\.setup\.ts/, use: chrome },
    { name: "parallel", testMatch: parallelSpecs, fullyParallel: true, dependencies: ["sign-in"], use: chrome },
    {
      name: "serial",
      testIgnore: [parallelSpecs, /\.setup\.ts$/],
      workers: 1,
      dependencies: ["sign-in"],
      use: chrome,
    },
  ],
  webServer: {
    command: "node_modules/.bin/tsx --tsconfig tsconfig.scripts.json server/main.ts",
    url: `http://localhost:${port}/en`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      ...process.env,
      PORT: String(port),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      // No least time on screen for the sign-up form, so no test waits seconds before sending it; the
      // refusal of a too-fast form is checked by tests/unit/small-frictions.test.ts with a given clock.
      FORM_STAMP_MIN_SECONDS: "0",
    } as Record<string, string>,
  },
});
