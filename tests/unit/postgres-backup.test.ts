import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratePostgres } from "@/db/migrate-pg";
import { postgresTestsRun, postgresTool } from "../helpers/postgres";
import { blankPostgresDatabase } from "../helpers/shared-postgres";

// The README's PostgreSQL backup, done for real: pg_dump of a live portal database, pg_restore into
// a new one, and the copy must be a working portal database (search, desk counts, new ids), not just rows.

const content = `
  INSERT INTO "users" ("email", "name") VALUES ('reader@example.test', 'વાચક');
  INSERT INTO "categories" ("slug", "name_en", "name_gu") VALUES ('cricket', 'Cricket', 'ક્રિકેટ');
  INSERT INTO "articles" ("edition", "slug", "title", "body", "category_id", "author_id", "status", "published_at")
    VALUES ('gu', 'ranji-final', 'મુખ્યમંત્રીએ ક્રિકેટ ટીમને અભિનંદન આપ્યા', 'ફાઇનલ મેચ રાજકોટમાં રમાઈ.', 1, 1, 'published', 1),
           ('en', 'ranji-final-en', 'Chief minister congratulates the cricket team', 'The final was played in Rajkot.', 1, 1, 'published', 1);
  INSERT INTO "comments" ("article_id", "user_id", "body", "status") VALUES (1, 1, 'સરસ!', 'approved'), (2, 1, 'Well played', 'pending');`;

describe.runIf(postgresTestsRun())("a PostgreSQL backup as the README describes it", () => {
  let portal: string;
  let portalRestored: string;
  let restored: pg.Client;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-backup-"));

  beforeAll(async () => {
    portal = await blankPostgresDatabase();
    portalRestored = await blankPostgresDatabase();
    await migratePostgres(portal);
    const live = new pg.Client({ connectionString: portal });
    await live.connect();
    await live.query(content);
    await live.end();

    const dump = path.join(dir, "portal.dump");
    const commands: [string, string[]][] = [
      [postgresTool("pg_dump"), ["--format=custom", `--file=${dump}`, portal]],
      [postgresTool("pg_restore"), ["--no-owner", `--dbname=${portalRestored}`, dump]],
    ];
    for (const [command, args] of commands) {
      const result = spawnSync(command, args, { encoding: "utf8" });
      expect(result.status, `${path.basename(command)}: ${result.error?.message ?? result.stderr}`).toBe(0);
    }
    restored = new pg.Client({ connectionString: portalRestored });
    await restored.connect();
  });

  afterAll(async () => {
    await restored?.end();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("holds every story and comment, Gujarati text intact", async () => {
    const { rows } = await restored.query(`SELECT "slug", "title" FROM "articles" ORDER BY "id"`);
    expect(rows.map((r) => r.slug)).toEqual(["ranji-final", "ranji-final-en"]);
    expect(rows[0].title).toBe("મુખ્યમંત્રીએ ક્રિકેટ ટીમને અભિનંદન આપ્યા");
    const { rows: comments } = await restored.query(`SELECT "body" FROM "comments" ORDER BY "id"`);
    expect(comments.map((c) => c.body)).toEqual(["સરસ!", "Well played"]);
  });

  it("finds stories by their words through the rebuilt search column", async () => {
    const { rows } = await restored.query(
      `SELECT "slug" FROM "articles" WHERE "search_vector" @@ to_tsquery('simple', $1) ORDER BY "id"`,
      ["ક્રિકેટ"],
    );
    expect(rows.map((r) => r.slug)).toEqual(["ranji-final"]);
  });

  it("keeps the desk's counts and their triggers working", async () => {
    const counts = async () =>
      Object.fromEntries(
        (await restored.query(`SELECT "status", "count" FROM "comment_status_counts"`)).rows.map((r) => [
          r.status,
          r.count,
        ]),
      );
    expect(await counts()).toMatchObject({ approved: 1, pending: 1 });
    await restored.query(`UPDATE "comments" SET "status" = 'approved' WHERE "body" = 'Well played'`);
    expect(await counts()).toMatchObject({ approved: 2, pending: 0 });
  });

  it("gives new rows new ids after the restored ones", async () => {
    const { rows } = await restored.query(
      `INSERT INTO "comments" ("article_id", "user_id", "body") VALUES (1, 1, 'after the restore') RETURNING "id"`,
    );
    expect(rows[0].id).toBe(3);
  });

  it("knows its migrations, so migrating the restored copy changes nothing", async () => {
    await migratePostgres(portalRestored);
    const { rows } = await restored.query(`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`);
    expect(rows[0].n).toBe(1);
  });
});
