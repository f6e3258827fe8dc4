import autocannon from "autocannon";
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { seedIfEmpty } from "../db/seed";
import { prepareEnv } from "../scripts/env";
import { run } from "../scripts/run";

// `npx tsx bench/lock-contention.ts`: article-page latency while another connection holds
// SQLite's write lock for LOCK_SECONDS, and the server meanwhile has writes of its own waiting
// (failed sign-ins, each of which records an attempt). Readers must keep answering.
const seconds = Number(process.env.LOCK_SECONDS ?? 10);
const connections = Number(process.env.LOCK_CONNECTIONS ?? 8);
const port = Number(process.env.LOCK_PORT ?? 3310);
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const databasePath = path.resolve(
  process.env.LOCK_DATABASE_PATH ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lock-bench-")), "portal.db"),
);
const base = `http://localhost:${port}`;
const env = prepareEnv({
  ...process.env,
  DATABASE_PATH: databasePath,
  NEXT_DIST_DIR: distDir,
  SITE_URL: base,
  OUTBOX_DIR: path.join(path.dirname(databasePath), "outbox"),
});
Object.assign(process.env, { DATABASE_PATH: databasePath });

await seedIfEmpty(databasePath);
if (!fs.existsSync(path.join(distDir, "BUILD_ID")) && (await run("node_modules/.bin/next", ["build"], env)) !== 0)
  process.exit(1);

const reader = new Database(databasePath, { readonly: true });
const slug = (
  reader
    .prepare(
      "select slug from articles where edition = 'en' and status = 'published' order by published_at desc limit 1 offset 3",
    )
    .get() as { slug: string }
).slug;
reader.close();
const articleUrl = `${base}/en/article/${encodeURIComponent(slug)}`;

const server = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
  env,
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise<void>((resolve, reject) => {
  server.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("Ready") && resolve());
  server.on("exit", () => reject(new Error("server exited before it was ready")));
});

/** One failed password sign-in through Auth.js: the server records the attempt, a write. */
async function failedSignIn(n: number): Promise<number> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const started = performance.now();
  const body = new URLSearchParams({
    email: `lock-bench-${n}-${Date.now()}@example.test`,
    password: "not the password",
    csrfToken,
  });
  await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    body,
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });
  return performance.now() - started;
}

const measure = (duration: number) => autocannon({ url: articleUrl, connections, duration });
await measure(3); // warm-up: first render, cache fill
const calm = await measure(seconds);

const locker = new Database(databasePath);
locker.exec("BEGIN IMMEDIATE");
locker.exec("insert into login_attempts (email, address, success, created_at) values ('lock-holder', 'bench', 0, 0)");
const writes: Promise<number>[] = [];
const writer = setInterval(() => writes.push(failedSignIn(writes.length)), 500);
const locked = await measure(seconds);
clearInterval(writer);
locker.exec("ROLLBACK");
locker.close();
const writeTimes = await Promise.all(writes);
server.kill("SIGTERM");

const row = (name: string, result: autocannon.Result) => ({
  "article page": name,
  "req/s": Math.round(result.requests.average),
  "p50 ms": result.latency.p50,
  "p99 ms": result.latency.p99,
  "max ms": result.latency.max,
  "non-2xx": result.non2xx,
  errors: result.errors,
});
console.log(`\n${connections} connections, ${seconds} s each; ${articleUrl}`);
console.table([row("no lock held", calm), row(`write lock held ${seconds} s elsewhere`, locked)]);
console.log(
  `${writeTimes.length} sign-ins whose writes met the lock answered in ${Math.round(Math.min(...writeTimes))}–${Math.round(Math.max(...writeTimes))} ms`,
);
