import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
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

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
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
  const child: ChildProcess = spawn(
    binary,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`redis-server exited (${code}) before accepting connections`))),
  );
  exited.catch(() => undefined);
  const deadline = Date.now() + 10_000;
  while (!(await Promise.race([accepts(port), exited]))) {
    if (Date.now() > deadline) throw new Error(`redis-server did not listen on ${port} within 10 s`);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) {
        const gone = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await gone;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
