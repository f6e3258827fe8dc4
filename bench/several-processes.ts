import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { seedIfEmpty } from "../db/seed";
import { prepareEnv } from "../scripts/env";
import { run } from "../scripts/run";
import { startNginx } from "../tests/helpers/nginx";
import { startPortalProcess } from "../tests/helpers/portal-process";
import { startRedis } from "../tests/helpers/redis";
import { type LoadRow, underLoad } from "./measure";

// `npx tsx bench/several-processes.ts`: a warm article's req/s through deploy/nginx-several.conf
// with one portal process (no Redis, today's default) and with two sharing a private Redis, with
// nginx's page cache on (as deployed) and off (every request reaches a portal process).
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const firstPort = Number(process.env.BENCH_PORT ?? 3153);
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "several-bench-"));
const databasePath = path.join(dir, "portal.db");
const env = prepareEnv({
  ...process.env,
  DATABASE_PATH: databasePath,
  NEXT_DIST_DIR: distDir,
  OUTBOX_DIR: path.join(dir, "outbox"),
  MEDIA_DIR: path.join(dir, "media"),
  TRUSTED_PROXY: "true",
});
Object.assign(process.env, env);

await seedIfEmpty(databasePath);
if (!fs.existsSync(path.join(distDir, "BUILD_ID")) && (await run("node_modules/.bin/next", ["build"], env)) !== 0)
  process.exit(1);
const reader = new Database(databasePath, { readonly: true });
const { slug } = reader
  .prepare("select slug from articles where edition = 'en' and status = 'published' order by published_at desc limit 1")
  .get() as { slug: string };
reader.close();
const article = `/en/article/${encodeURIComponent(slug)}`;

const redis = await startRedis();
const rows: LoadRow[] = [];
try {
  for (const count of [1, 2]) {
    const shared: Record<string, string> = count > 1 ? { REDIS_URL: redis.url } : {};
    const ports = Array.from({ length: count }, (_, i) => firstPort + i);
    const processes = await Promise.all(ports.map((port) => startPortalProcess(port, shared)));
    try {
      for (const pageCache of [true, false]) {
        const nginx = await startNginx(ports, "nginx-several.conf", { pageCache });
        try {
          const name = `${count} process${count > 1 ? "es + Redis" : ""}, nginx cache ${pageCache ? "on" : "off"}`;
          rows.push(
            await underLoad(name, `${nginx.url}${article}`, {
              connections,
              seconds,
              headers: { "accept-encoding": "gzip" },
            }),
          );
        } finally {
          nginx.stop();
        }
      }
    } finally {
      await Promise.all(processes.map((p) => p.stop()));
    }
  }
} finally {
  await redis.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(
  `Warm article, ${connections} connections, ${seconds} s each, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`,
);
console.table(rows);
