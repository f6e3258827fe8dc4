import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/auth/password";
import { seedIfEmpty, seedPostgresIfEmpty } from "@/db/seed";
import { seedPeople } from "@/db/seed/people";
import { postgresTestsRun } from "../helpers/postgres";
import { blankPostgresDatabase } from "../helpers/shared-postgres";
import { compareEngines, liveCounts, tableCounts } from "../helpers/seed-engines";

// The demo newsroom seeded by `npm run db:seed` into SQLite and into PostgreSQL must be the same newsroom.
describe.runIf(postgresTestsRun())("the demo newsroom seeded into PostgreSQL", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-pg-seed-"));
  let url: string;
  let client: pg.Client;
  let sqlite: Database.Database;
  let first: Awaited<ReturnType<typeof seedPostgresIfEmpty>>;
  let second: Awaited<ReturnType<typeof seedPostgresIfEmpty>>;
  let countsAfterFirst: Record<string, number>;
  let both: ReturnType<typeof compareEngines>;

  beforeAll(async () => {
    process.env.MEDIA_DIR = path.join(dir, "media");
    url = await blankPostgresDatabase();
    const file = path.join(dir, "portal.db");
    await seedIfEmpty(file);
    sqlite = new Database(file, { readonly: true });
    first = await seedPostgresIfEmpty(url);
    client = new pg.Client({ connectionString: url });
    await client.connect();
    both = compareEngines(sqlite, client);
    countsAfterFirst = await tableCounts(client);
    second = await seedPostgresIfEmpty(url);
  });

  afterAll(async () => {
    sqlite?.close();
    await client?.end();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("has as many rows in every table as the SQLite seed", async () => {
    expect(first).toMatchObject({ categories: 12, people: seedPeople.length });
    const counts = await tableCounts(client);
    expect(counts.articles).toBeGreaterThanOrEqual(60);
    expect(counts).toEqual(await tableCounts(sqlite));
  });

  it("holds the same stories under the same ids, slugs and titles, with the same translations and flags", async () => {
    await both.expectSame(
      `select "id", "edition", "slug", "title", "dek", "status", "category_id", "author_id", "translation_id",
         cast("breaking" as integer) as "breaking", cast("featured" as integer) as "featured",
         cast("comments_open" as integer) as "commentsOpen", "image_path", "image_width"
       from "articles" order by "id"`,
    );
  });

  it("holds the same sections, people, tags, comments, live blogs and media library", async () => {
    await both.expectSame(`select "id", "slug", "name_en", "name_gu", "position" from "categories" order by "id"`);
    await both.expectSame(`select "id", "email", "name", "name_gu", "slug", "role", "bio" from "users" order by "id"`);
    await both.expectSame(`select "id", "edition", "slug", "name" from "tags" order by "id"`);
    await both.expectSame(`select "article_id", "tag_id" from "article_tags" order by 1, 2`);
    await both.expectSame(`select "id", "article_id", "user_id", "body", "status" from "comments" order by "id"`);
    await both.expectSame(`select "article_id", "pinned_update_id" from "live_blogs" order by 1`);
    await both.expectSame(`select "id", "article_id", "headline", "body_html" from "live_updates" order by "id"`);
    await both.expectSame(`select "id", "path", "width", "height", "alt_en", "alt_gu" from "media" order by "id"`);
  });

  it("hashes every demo password so it signs in, as on SQLite", async () => {
    const { rows } = await client.query<{ email: string; hash: string }>(
      `select "email", "password_hash" as "hash" from "users"`,
    );
    for (const person of seedPeople) {
      const row = rows.find((r) => r.email === person.email);
      expect(await verifyPassword(row!.hash, person.password), person.email).toBe(true);
      expect(await verifyPassword(row!.hash, `${person.password}x`), person.email).toBe(false);
    }
  });

  it("keeps the moderation desk's counts by trigger, equal to the comments and to SQLite's", async () => {
    const counts = await liveCounts(client);
    expect(counts.stored).toEqual(counts.live);
    expect(counts.stored).toEqual((await liveCounts(sqlite)).stored);
  });

  it("makes every story findable by its tags", async () => {
    const { rows } = await client.query<{ n: string }>(
      `select count(*) as "n" from "articles" a where exists (select 1 from "article_tags" t where t."article_id" = a."id")
         and not a."search_vector" @@ plainto_tsquery('simple', a."search_tags")`,
    );
    expect(rows[0].n).toBe("0");
    const tagged = await client.query(`select count(*) as "n" from "articles" where "search_tags" <> ''`);
    expect(Number(tagged.rows[0].n)).toBe(countsAfterFirst.articles);
  });

  it("seeds only once: a second run finds the newsroom and adds nothing", async () => {
    expect(second).toBeNull();
    expect(await tableCounts(client)).toEqual(countsAfterFirst);
  });

  it("refuses a database that is not UTF-8 before creating anything in it", async () => {
    // A name of this file's own: the cluster is shared by the whole run.
    const latin = `${new URL(url).pathname.slice(1)}_latin`;
    await client.query(
      `create database "${latin}" encoding 'SQL_ASCII' lc_collate 'C' lc_ctype 'C' template template0`,
    );
    const latinUrl = Object.assign(new URL(url), { pathname: `/${latin}` }).toString();
    await expect(seedPostgresIfEmpty(latinUrl)).rejects.toThrow(/encoded SQL_ASCII, not UTF8/);
    const other = new pg.Client({ connectionString: latinUrl });
    await other.connect();
    const { rows } = await other.query(`select count(*)::integer as "n" from pg_tables where schemaname = 'public'`);
    await other.end();
    expect(rows[0].n).toBe(0);
  });

  it("moves every identity sequence past the seeded ids, so the portal's own inserts never collide", async () => {
    for (const table of ["categories", "users", "tags", "articles", "comments", "media", "live_updates"]) {
      const { rows } = await client.query<{ max: number; next: number }>(
        `select (select max("id") from "${table}") as "max",
           pg_sequence_last_value(pg_get_serial_sequence('"${table}"', 'id')::regclass) as "next"`,
      );
      expect(Number(rows[0].next), table).toBe(Number(rows[0].max));
    }
    const { rows } = await client.query<{ id: number }>(
      `insert into "users" ("email", "name") values ('late@example.test', 'Late') returning "id"`,
    );
    expect(rows[0].id).toBe(countsAfterFirst.users + 1);
    await client.query(`delete from "users" where "id" = $1`, [rows[0].id]);
  });
});
