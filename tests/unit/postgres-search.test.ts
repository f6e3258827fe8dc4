import { eq, sql } from "drizzle-orm";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "@/db/schema-pg";
import { postgresTestsRun } from "../helpers/postgres";
import { migratedPostgresDatabase } from "../helpers/shared-postgres";

const gujarati = {
  title: "ક્રિકેટ મેદાનમાં મુખ્યમંત્રી",
  dek: "અમદાવાદમાં નવું સ્ટેડિયમ",
  body: "વરસાદ છતાં પ્રેક્ષકો આવ્યા.",
};
const english = {
  title: "Monsoon rains flood Surat",
  dek: "Schools shut for a day",
  body: "The river rose overnight.",
};

describe.runIf(postgresTestsRun())("search on PostgreSQL", () => {
  let client: pg.Client;
  let db: NodePgDatabase<typeof schema>;
  let ids: { gu: number; en: number };
  let tagId: number;

  const find = async (words: string) => {
    const { rows } = await client.query<{ id: number }>(
      `SELECT "id" FROM "articles" WHERE "search_vector" @@ plainto_tsquery('simple', $1) ORDER BY "id"`,
      [words],
    );
    return rows.map((row) => row.id);
  };

  beforeAll(async () => {
    client = new pg.Client({ connectionString: await migratedPostgresDatabase() });
    await client.connect();
    db = drizzle(client, { schema });
    const [author] = await db.insert(schema.users).values({ email: "desk@example.test", name: "Desk" }).returning();
    const [section] = await db
      .insert(schema.categories)
      .values({ slug: "news", nameEn: "News", nameGu: "સમાચાર" })
      .returning();
    const story = { categoryId: section.id, authorId: author.id, status: "published" as const };
    const [gu] = await db
      .insert(schema.articles)
      .values({ ...story, ...gujarati, edition: "gu", slug: "cricket" })
      .returning();
    const [en] = await db
      .insert(schema.articles)
      .values({ ...story, ...english, edition: "en", slug: "monsoon" })
      .returning();
    ids = { gu: gu.id, en: en.id };
    const [tag] = await db.insert(schema.tags).values({ edition: "en", slug: "gujarat", name: "Gujarat" }).returning();
    tagId = tag.id;
    await db.insert(schema.articleTags).values({ articleId: en.id, tagId });
  });

  afterAll(async () => {
    await client?.end();
  });

  it("reads times back as numbers of milliseconds, as the SQLite schema does", async () => {
    const [story] = await db.select().from(schema.articles).where(eq(schema.articles.id, ids.en));
    expect(typeof story.createdAt).toBe("number");
    expect(Math.abs(story.createdAt - Date.now())).toBeLessThan(60_000);
    expect(story.breaking).toBe(false);
  });

  it("keeps Gujarati words with vowel signs and viramas whole", async () => {
    const { rows } = await client.query<{ words: string[] }>(
      `SELECT tsvector_to_array(to_tsvector('simple', "title")) AS "words" FROM "articles" WHERE "id" = $1`,
      [ids.gu],
    );
    expect(rows[0].words.sort()).toEqual(["ક્રિકેટ", "મુખ્યમંત્રી", "મેદાનમાં"].sort());
    expect(await find("ક્રિકેટ")).toEqual([ids.gu]);
    expect(await find("મુખ્યમંત્રી")).toEqual([ids.gu]);
    expect(await find("સ્ટેડિયમ")).toEqual([ids.gu]);
    expect(await find("પ્રેક્ષકો")).toEqual([ids.gu]);
    // Pieces cut at a vowel sign or a virama are not words of the story.
    expect(await find("ક")).toEqual([]);
    expect(await find("મુખ")).toEqual([]);
  });

  it("finds English words in the headline, dek and body whatever their case", async () => {
    expect(await find("monsoon")).toEqual([ids.en]);
    expect(await find("SCHOOLS")).toEqual([ids.en]);
    expect(await find("river overnight")).toEqual([ids.en]);
    expect(await find("river cricket")).toEqual([]);
  });

  it("finds a story by its tags, following a renamed or removed tag", async () => {
    expect(await find("gujarat")).toEqual([ids.en]);
    await db.update(schema.tags).set({ name: "Saurashtra" }).where(eq(schema.tags.id, tagId));
    expect(await find("gujarat")).toEqual([]);
    expect(await find("saurashtra")).toEqual([ids.en]);
    await db.delete(schema.articleTags).where(eq(schema.articleTags.tagId, tagId));
    expect(await find("saurashtra")).toEqual([]);
  });

  it("follows an edited headline", async () => {
    await db.update(schema.articles).set({ title: "Heatwave grips Surat" }).where(eq(schema.articles.id, ids.en));
    expect(await find("heatwave")).toEqual([ids.en]);
    expect(await find("monsoon")).toEqual([]);
  });

  it("ranks a headline match above a body match", async () => {
    const [{ categoryId, authorId }] = await db.select().from(schema.articles).where(eq(schema.articles.id, ids.en));
    const story = { categoryId, authorId, edition: "en" as const };
    const [inBody] = await db
      .insert(schema.articles)
      .values({ ...story, slug: "bridge", title: "A bridge reopens", body: "Traffic to Vadodara resumes." })
      .returning();
    const [inHeadline] = await db
      .insert(schema.articles)
      .values({ ...story, slug: "vadodara", title: "Vadodara votes today" })
      .returning();
    const { rows } = await client.query<{ id: number }>(
      `SELECT "id" FROM "articles" WHERE "search_vector" @@ plainto_tsquery('simple', 'vadodara')
       ORDER BY ts_rank("search_vector", plainto_tsquery('simple', 'vadodara')) DESC`,
    );
    expect(rows.map((row) => row.id)).toEqual([inHeadline.id, inBody.id]);
  });

  it("answers through the GIN index", async () => {
    await db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      const plan = await tx.execute(
        sql`EXPLAIN SELECT "id" FROM "articles" WHERE "search_vector" @@ plainto_tsquery('simple', 'surat')`,
      );
      expect(JSON.stringify(plan.rows)).toContain("articles_search_idx");
    });
  });
});
