import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { waitForOutput } from "./child-output";
import { freePort } from "./nginx";

const candidates = [process.env.REDIS_SERVER_PATH, "/usr/bin/redis-server", "/usr/local/bin/redis-server"].filter(
  Boolean,
) as string[];

/** Where redis-server is, or null (the shared-cache tests then say why they did not run). */
export function findRedisServer(): string | null {
  return candidates.find((file) => fs.existsSync(file)) ?? null;
}

export const redisMissing =
  "redis-server is not installed, so the shared-cache tests were skipped (Debian: apt-get install redis-server, or set REDIS_SERVER_PATH). CI installs it.";

/**
 * Whether the shared-cache tests run here. Missing redis-server skips them with the reason printed,
 * except in CI (CI set), where they run and fail loudly: CI must never pass without them.
 */
export function redisTestsRun(): boolean {
  if (findRedisServer() || process.env.CI) return true;
  console.warn(redisMissing);
  return false;
}

/**
 * A private redis-server on a free port, in a temporary folder, keeping nothing on disk and
 * asking no password (it listens on loopback only); stopped with `stop()`.
 */
export async function startRedis() {
  const binary = findRedisServer();
  if (!binary) throw new Error(redisMissing);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-redis-"));
  const port = await freePort();
  const child = spawn(
    binary,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  // A test worker that ends abruptly takes its Redis with it.
  const orphaned = () => child.kill("SIGKILL");
  process.once("exit", orphaned);
  await waitForOutput(child, "Ready to accept connections", `redis-server on port ${port}`, 10_000);
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      process.off("exit", orphaned);
      if (child.exitCode === null && child.signalCode === null) {
        const gone = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await gone;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
