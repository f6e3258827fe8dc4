import { afterAll, beforeAll, describe } from "vitest";
import { closeDatabase, switchDatabase } from "@/db";
import { migratePostgres } from "@/db/migrate-pg";
import type { EngineKind } from "@/db/tables";
import { postgresTestsRun, type PrivatePostgres, startPostgres } from "./postgres";
import { freshDatabase } from "./unit-database";

/**
 * Runs the same tests on SQLite (a fresh migrated file) and on a private PostgreSQL (migrated with
 * db/migrate-pg.ts), each empty until `fill` runs: the named queries must answer the same on both.
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
    let server: PrivatePostgres | undefined;
    beforeAll(async () => {
      server = await startPostgres();
      await migratePostgres(server.url);
      await switchDatabase({ kind: "postgres", url: server.url });
      await fill();
    }, 120_000);
    afterAll(async () => {
      await closeDatabase();
      await server?.stop();
    });
    body("postgres");
  });
}
