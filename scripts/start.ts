import fs from "node:fs";
import path from "node:path";
import { prepareEnv } from "./env";
import { prepareDatabase } from "./prepare-database";
import { run } from "./run";

// `npm start`: migrate, seed an empty database, build once, then serve.
const env = prepareEnv();
Object.assign(process.env, env);

// With several processes, migrate once before starting them (`npm run db:migrate`, or `db:migrate:pg` on PostgreSQL) and set
// MIGRATE_ON_START=false on each, so they do not race to migrate or seed at start.
if (process.env.MIGRATE_ON_START !== "false") await prepareDatabase();

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) {
  console.log("No production build yet: building (about a minute)…");
  const built = await run("node_modules/.bin/next", ["build"], env);
  if (built !== 0) process.exit(built);
}

// The portal's own server: Next.js behind a front that caches public pages whole (server/main.ts).
await import("../server/main");
