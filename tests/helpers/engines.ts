import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe } from "vitest";
import { closeDatabase, switchDatabase } from "@/db";
import type { EngineKind } from "@/db/tables";
import { postgresTestsRun } from "./postgres";
import { migratedPostgresDatabase } from "./shared-postgres";
import { freshDatabase } from "./unit-database";

/**
 * Runs the same tests on SQLite (a fresh migrated file) and on a PostgreSQL database of their own (migrated
 * with db/migrate-pg.ts, on the run's shared cluster), each empty until `fill` runs: the named queries must
 * answer the same on both.
 * PostgreSQL is skipped with the reason printed where it is not installed, and fails in CI.
 */
export function describeOnEngines(name: string, fill: () => Promise<void>, body: (engine: EngineKind) => void) {
  describe(`${name}, on SQLite`, () => {
    beforeAll(async () => {
      const file = await freshDatabase({ seed: false });
      await switchDatabase({ kind: "sqlite", path: file });
      await fill();
    });
    body("sqlite");
  });

  describe.runIf(postgresTestsRun())(`${name}, on PostgreSQL`, () => {
    beforeAll(async () => {
      process.env.MEDIA_DIR = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "portal-unit-pg-")), "media");
      await switchDatabase({ kind: "postgres", url: await migratedPostgresDatabase() });
      await fill();
    }, 120_000);
    afterAll(async () => {
      await closeDatabase();
    });
    body("postgres");
  });
}
