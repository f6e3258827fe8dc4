import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/db/migrate";
import { demoContent } from "@/db/seed/demo";
import { seedSynthetic, type SyntheticResult } from "@/db/seed/synthetic";
import { postgresTestsRun } from "../helpers/postgres";
import { migratedPostgresDatabase } from "../helpers/shared-postgres";
import { compareEngines, liveCounts, rows, tableCounts } from "../helpers/seed-engines";

// `npm run db:seed -- --articles N --comments M` on PostgreSQL: the same generated newsroom as on SQLite.
const options = { articles: 300, comments: 2000, seed: 42 };

describe.runIf(postgresTestsRun())("synthetic content seeded into PostgreSQL", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-pg-synthetic-"));
  let client: pg.Client;
  let sqlite: Database.Database;
  let result: SyntheticResult;
  let both: ReturnType<typeof compareEngines>;

  beforeAll(async () => {
    process.env.MEDIA_DIR = path.join(dir, "media");
    client = new pg.Client({ connectionString: await migratedPostgresDatabase() });
    await client.connect();
    const file = path.join(dir, "portal.db");
    migrateDatabase(file);
    sqlite = new Database(file);
    // An empty database gets the demo newsroom first, then the generated stories and comments.
    await seedSynthetic({ ...options, target: sqlite });
    result = await seedSynthetic({ ...options, target: client });
    both = compareEngines(sqlite, client);
  });

  afterAll(async () => {
    sqlite?.close();
    await client?.end();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("adds the stories and comments asked for on top of the demo newsroom, as many rows as on SQLite", async () => {
    const demo = demoContent();
    expect(result).toMatchObject({ articles: 300, comments: 2000 });
    const counts = await tableCounts(client);
    expect(counts.articles).toBe(demo.articles.length + 300);
    expect(counts.comments).toBe(demo.comments.length + 2000);
    expect(counts).toEqual(await tableCounts(sqlite));
  });

  it("generates the same stories under the same ids as SQLite from the same seed", async () => {
    await both.expectSame(
      `select "id", "edition", "slug", "title", "dek", "category_id", "author_id" from "articles" order by "id"`,
    );
    await both.expectSame(`select "article_id", "tag_id" from "article_tags" order by 1, 2`);
    await both.expectSame(`select "id", "email", "name" from "users" order by "id"`);
    await both.expectSame(
      `select "id", "article_id", "user_id", "parent_id", "body", "status" from "comments" order by "id"`,
    );
  });

  it("keeps the moderation desk's counts consistent with the comments", async () => {
    const counts = await liveCounts(client);
    expect(counts.stored).toEqual(counts.live);
    expect(counts.stored).toEqual((await liveCounts(sqlite)).stored);
    expect(counts.stored.find((row) => row.status === "pending")?.count).toBeGreaterThan(0);
  });

  it("answers only approved comments of the same story", async () => {
    const replies = await rows(
      client,
      `select count(*) as "all", count(*) filter (where p."status" = 'approved' and p."article_id" = c."article_id") as "fitting"
       from "comments" c join "comments" p on p."id" = c."parent_id"`,
    );
    expect(replies[0].all).toBeGreaterThan(0);
    expect(replies[0].fitting).toBe(replies[0].all);
  });

  it("leaves the identity sequences past the explicit ids", async () => {
    const [story] = await rows(client, `select max("id") as "max" from "articles"`);
    const { rows: added } = await client.query<{ id: number }>(
      `insert into "comments" ("article_id", "user_id", "body") values ($1, 1, 'After the seed') returning "id"`,
      [story.max],
    );
    const [last] = await rows(client, `select max("id") as "max" from "comments" where "body" <> 'After the seed'`);
    expect(added[0].id).toBe(Number(last.max) + 1);
  });

  it("adds more on a second run without touching what is there", async () => {
    const before = await tableCounts(client);
    await seedSynthetic({ articles: 10, comments: 50, seed: 7, target: client });
    const after = await tableCounts(client);
    expect(after.articles).toBe(before.articles + 10);
    expect(after.comments).toBe(before.comments + 50);
    expect(after.categories).toBe(before.categories);
    const counts = await liveCounts(client);
    expect(counts.stored).toEqual(counts.live);
  });
});
