import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { type FixtureDatabase, postgresFixtures, sqliteFixtures } from "./fixture-database";
import { startNginx } from "./nginx";
import { startPortalProcess } from "./portal-process";
import { startPostgres } from "./postgres";
import { startRedis } from "./redis";
import { type Person, signIn, signInThroughForm } from "./sign-in";
import { storyFixtures } from "./story-fixtures";

export type Engine = "SQLite" | "PostgreSQL";

/** `npm run db:seed` on PostgreSQL at `url`: migrates it and seeds the demo newsroom, its images into `mediaDir`. */
function seedDemo(url: string, mediaDir: string): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", "db/seed.ts"], {
    env: { ...process.env, TSX_TSCONFIG_PATH: "tsconfig.scripts.json", DATABASE_URL: url, MEDIA_DIR: mediaDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk) => (output += chunk));
  return new Promise((resolve, reject) =>
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`seeding PostgreSQL failed (${code}): ${output.slice(-2000)}`)),
    ),
  );
}

/**
 * Two portal processes (A and B) from the one test build sharing one private Redis, the same secrets and
 * one database, behind a private nginx running nginx-several.conf. On SQLite they share the e2e server's
 * file; on PostgreSQL a private cluster seeded with the demo newsroom, whose demo people sign in through
 * the form (the sessions saved by the setup project belong to the SQLite run).
 */
export class SeveralProcesses {
  A = "";
  B = "";
  nginx = "";
  fixtures = storyFixtures(sqliteFixtures());
  private database: FixtureDatabase = sqliteFixtures();
  private stops: (() => unknown)[] = [];

  constructor(readonly engine: Engine) {}

  async start(ports: [number, number]) {
    const postgres = this.engine === "PostgreSQL";
    const [redis, server] = await Promise.all([startRedis(), postgres ? startPostgres() : null]);
    this.stops.push(() => redis.stop());
    const env: Record<string, string> = {
      REDIS_URL: redis.url,
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    };
    const seeded: Promise<void>[] = [];
    if (server) {
      // Its own images and outgoing mail, apart from the SQLite run's.
      const data = fs.mkdtempSync(path.join(os.tmpdir(), "portal-pg-data-"));
      const media = path.join(data, "media");
      this.stops.push(
        () => server.stop(),
        () => fs.rmSync(data, { recursive: true, force: true }),
      );
      Object.assign(env, { DATABASE_URL: server.url, MEDIA_DIR: media, OUTBOX_DIR: path.join(data, "outbox") });
      this.database = postgresFixtures(server.url);
      this.fixtures = storyFixtures(this.database);
      // The processes read nothing before their first request: they start while the seed runs.
      seeded.push(seedDemo(server.url, media));
    }
    const started = ports.map((port) =>
      startPortalProcess(port, env).then((portal) => {
        this.stops.push(() => portal.stop());
        return portal.url;
      }),
    );
    [[this.A, this.B]] = await Promise.all([Promise.all(started), ...seeded]);
    const nginx = await startNginx(ports, "nginx-several.conf");
    this.stops.push(() => nginx.stop());
    this.nginx = nginx.url;
  }

  /** Signs `who` in on the page's process and opens `next`. */
  signIn(page: Page, who: Person, next: string) {
    return this.engine === "PostgreSQL" ? signInThroughForm(page, who, next) : signIn(page, who, next);
  }

  async stop() {
    await this.database.close();
    // Last started, first stopped: nginx, the portals, then what they read.
    for (const stop of this.stops.reverse()) await stop();
  }
}
