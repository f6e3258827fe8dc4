import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareEnv } from "./env";
import { acquireTestLock } from "./lock";
import { run } from "./run";

// `npm test`: unit tests, then a production build served on a fresh temporary
// database and driven by Playwright in Chromium. Ends with "N passed, N failed".
const release = await acquireTestLock();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "portal-test-"));
const port = process.env.E2E_PORT ?? "3100";
const env = prepareEnv({
  ...process.env,
  DATABASE_PATH: path.join(tmp, "portal.db"),
  MEDIA_DIR: path.join(tmp, "media"),
  OUTBOX_DIR: path.join(tmp, "outbox"),
  NEXT_DIST_DIR: ".next-test",
  SITE_URL: `http://localhost:${port}`,
  E2E_PORT: port,
  // The demo roles' saved sessions, kept across the two Playwright passes (each empties its output folder).
  E2E_SESSIONS: path.join(tmp, "sessions"),
  // Short shared-cache lifetime so the nginx test waits seconds, not a minute.
  CACHE_SHARED_SECONDS: process.env.CACHE_SHARED_SECONDS ?? "3",
  // A mail that failed is tried again after a second, not a minute, so the retry test waits seconds.
  MAIL_RETRY_SECONDS: process.env.MAIL_RETRY_SECONDS ?? "1",
  // Every fresh test database copies the demo illustrations drawn by the first (db/seed/images.ts).
  SEED_IMAGE_CACHE: process.env.SEED_IMAGE_CACHE ?? path.resolve("node_modules/.cache/seed-images"),
});
Object.assign(process.env, env);

type Counts = { passed: number; failed: number; skipped: number };
const total: Counts = { passed: 0, failed: 0, skipped: 0 };

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

const unitJson = path.join(tmp, "unit.json");
const unitCode = await run(
  "node_modules/.bin/vitest",
  ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitJson}`],
  env,
);
const unit = readJson<{
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}>(unitJson);
if (unit) {
  total.passed += unit.numPassedTests;
  total.failed += unit.numFailedTests;
  total.skipped += unit.numPendingTests + unit.numTodoTests;
}
if (unitCode !== 0 && (!unit || unit.numFailedTests === 0)) total.failed += 1;

let e2eCode = 1;
const { seedIfEmpty } = await import("../db/seed");
await seedIfEmpty(env.DATABASE_PATH);
const buildCode = await run("node_modules/.bin/next", ["build"], env);
if (buildCode === 0) {
  // Each worker keeps a browser and the server busy, so side by side pays only with two cores a worker:
  // on 2 cores one worker ran the `parallel` specs in 4.7 min against 5.5 min with two.
  const sideBySide = process.env.E2E_WORKERS ?? String(Math.max(1, Math.floor(os.availableParallelism() / 2)));
  // A whole run: first the spec files that can share the server side by side (and the demo roles'
  // sign-in), then the rest one at a time on the sessions already saved: some of those add sections that
  // the first ones must not see. Two passes rather than a project dependency, because Playwright skips
  // every dependent test once one test of the first fails.
  const passes =
    process.argv.length > 2 ? [process.argv.slice(2)] : [["--project=parallel"], ["--project=serial", "--no-deps"]];
  e2eCode = 0;
  for (const [i, args] of passes.entries()) {
    const json = path.join(tmp, `e2e-${i}.json`);
    const workers = args[0] === "--project=parallel" ? sideBySide : (process.env.E2E_WORKERS ?? "1");
    const code = await run("node_modules/.bin/playwright", ["test", ...args], {
      ...env,
      E2E_JSON: json,
      E2E_WORKERS: workers,
    });
    const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(json);
    if (e2e) {
      total.passed += e2e.stats.expected;
      total.failed += e2e.stats.unexpected + e2e.stats.flaky;
      total.skipped += e2e.stats.skipped;
    }
    if (code !== 0 && (!e2e || e2e.stats.unexpected === 0)) total.failed += 1;
    if (code !== 0) e2eCode = code;
  }
} else {
  console.error("next build failed: end-to-end tests not run");
  total.failed += 1;
}

if (!process.env.KEEP_TEST_DATA) fs.rmSync(tmp, { recursive: true, force: true });
release();
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(unitCode === 0 && buildCode === 0 && e2eCode === 0 && total.failed === 0 ? 0 : 1);
