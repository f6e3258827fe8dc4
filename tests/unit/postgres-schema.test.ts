import Database from "better-sqlite3";
import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/db/migrate";
import { migratePostgres } from "@/db/migrate-pg";
import * as pgSchema from "@/db/schema-pg";
import { postgresTestsRun } from "../helpers/postgres";
import { blankPostgresDatabase } from "../helpers/shared-postgres";

const pgTables = Object.values(pgSchema as Record<string, unknown>)
  .filter((value) => is(value, PgTable))
  .map((table) => getTableConfig(table as PgTable));

// One list of steps, in SQL both engines read, run on a migrated SQLite file and on PostgreSQL:
// after each step the desk's counts and the open reports must be the same on both.
const steps: [string, string][] = [
  [
    "a reader, a section and a story",
    `INSERT INTO "users" ("id", "email", "name") VALUES (1, 'reader@example.test', 'Reader'), (2, 'other@example.test', 'Other');
     INSERT INTO "categories" ("id", "slug", "name_en", "name_gu") VALUES (1, 'sport', 'Sport', 'રમતગમત');
     INSERT INTO "articles" ("id", "edition", "slug", "title", "category_id", "author_id", "status") VALUES (1, 'en', 'match', 'Match', 1, 1, 'published');`,
  ],
  [
    "comments arrive (one already deleted)",
    `INSERT INTO "comments" ("id", "article_id", "user_id", "body") VALUES (1, 1, 1, 'first'), (2, 1, 1, 'second');
     INSERT INTO "comments" ("id", "article_id", "user_id", "body", "status", "deleted_at") VALUES (3, 1, 1, 'gone', 'approved', 5);`,
  ],
  ["one is approved", `UPDATE "comments" SET "status" = 'approved' WHERE "id" = 1`],
  ["an edit changes no count", `UPDATE "comments" SET "body" = 'first, edited', "status" = 'approved' WHERE "id" = 1`],
  [
    "another is reported",
    `INSERT INTO "comment_reports" ("comment_id", "reporter_id", "reason") VALUES (2, 2, 'spam')`,
  ],
  ["the reported one is deleted", `UPDATE "comments" SET "deleted_at" = 10 WHERE "id" = 2`],
  ["a deleted one is restored as spam", `UPDATE "comments" SET "deleted_at" = NULL, "status" = 'spam' WHERE "id" = 3`],
  ["one is deleted for good", `DELETE FROM "comments" WHERE "id" = 1`],
  ["the story goes, with its comments", `DELETE FROM "articles" WHERE "id" = 1`],
];
const countsSql = `SELECT "status", "count" FROM "comment_status_counts" ORDER BY "status"`;
const openReportsSql = `SELECT count(*) AS "open" FROM "comment_reports" WHERE "resolved_at" IS NULL`;

describe.runIf(postgresTestsRun())("the PostgreSQL migrations on a real PostgreSQL", () => {
  let url: string;
  let client: pg.Client;
  let sqlite: Database.Database;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-parity-"));

  beforeAll(async () => {
    url = await blankPostgresDatabase();
    await migratePostgres(url);
    client = new pg.Client({ connectionString: url });
    await client.connect();
    const file = path.join(dir, "portal.db");
    migrateDatabase(file);
    sqlite = new Database(file);
    sqlite.pragma("foreign_keys = ON");
  });

  afterAll(async () => {
    sqlite?.close();
    await client?.end();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("creates every table and column of the PostgreSQL schema", async () => {
    const { rows } = await client.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const found = new Map<string, string[]>();
    for (const row of rows) found.set(row.table_name, [...(found.get(row.table_name) ?? []), row.column_name]);
    expect([...found.keys()].sort()).toEqual(pgTables.map((t) => t.name).sort());
    for (const table of pgTables) {
      const searchColumns = table.name === "articles" ? ["search_tags", "search_vector"] : [];
      expect(found.get(table.name)?.sort(), table.name).toEqual(
        [...table.columns.map((c) => c.name), ...searchColumns].sort(),
      );
    }
  });

  it("applies nothing twice when migrated again", async () => {
    await migratePostgres(url);
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`);
    expect(rows[0].n).toBe(1);
  });

  it("keeps the moderation desk's counts and closes reports exactly as SQLite's triggers do", async () => {
    for (const [step, sql] of steps) {
      sqlite.exec(sql);
      await client.query(sql);
      const sqliteCounts = sqlite.prepare(countsSql).all();
      const { rows: pgCounts } = await client.query(countsSql);
      expect(pgCounts, step).toEqual(sqliteCounts);
      const { rows: pgOpen } = await client.query(openReportsSql);
      expect(Number(pgOpen[0].open), step).toBe((sqlite.prepare(openReportsSql).get() as { open: number }).open);
    }
    const { rows } = await client.query(countsSql);
    expect(rows).toEqual([
      { status: "approved", count: 0 },
      { status: "pending", count: 0 },
      { status: "rejected", count: 0 },
      { status: "spam", count: 0 },
    ]);
  });

  it("counts as it goes: a new comment is pending, approving moves it, deleting takes it off", async () => {
    await client.query(`INSERT INTO "users" ("id", "email", "name") VALUES (3, 'third@example.test', 'Third');
      INSERT INTO "categories" ("id", "slug", "name_en", "name_gu") VALUES (2, 'city', 'City', 'શહેર');
      INSERT INTO "articles" ("id", "edition", "slug", "title", "category_id", "author_id") VALUES (2, 'en', 'rain', 'Rain', 2, 3);`);
    const count = async (status: string) =>
      (await client.query(`SELECT "count" FROM "comment_status_counts" WHERE "status" = $1`, [status])).rows[0].count;
    await client.query(`INSERT INTO "comments" ("id", "article_id", "user_id", "body") VALUES (10, 2, 3, 'hello')`);
    expect([await count("pending"), await count("approved")]).toEqual([1, 0]);
    await client.query(`UPDATE "comments" SET "status" = 'approved' WHERE "id" = 10`);
    expect([await count("pending"), await count("approved")]).toEqual([0, 1]);
    await client.query(`UPDATE "comments" SET "deleted_at" = 1 WHERE "id" = 10`);
    expect([await count("pending"), await count("approved")]).toEqual([0, 0]);
  });
});
