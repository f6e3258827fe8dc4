import Database from "better-sqlite3";
import { type SQL, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { highlightMarks, searchCap, searchPage } from "@/db/queries/search";
import { type PostgresDatabase, rankedMatches, searchPagePostgres } from "@/db/queries/search-postgres";
import * as pgSchema from "@/db/schema-pg";
import { seedSynthetic } from "@/db/seed/synthetic";
import { seedWriter } from "@/db/seed/writer";
import type { Edition } from "@/db/schema";
import { toMatchExpression, toTsQuery } from "@/lib/search-query";
import { postgresTestsRun } from "../helpers/postgres";
import { migratedPostgresDatabase } from "../helpers/shared-postgres";
import { hostileSearchInput } from "../helpers/hostile-search-input";
import { sections, writeSearchFixtures } from "../helpers/search-fixtures";
import { freshDatabase } from "../helpers/unit-database";

// tests/unit/search.test.ts's expectations, asked of SQLite's FTS5 search and PostgreSQL's tsvector search
// over the same stories: both must give the same hits in the same order.
const now = Date.now();
const hour = 3_600_000;
const page = { limit: 20, offset: 0 };
const { start, end } = highlightMarks;

describe.runIf(postgresTestsRun())("search on PostgreSQL, next to search on SQLite", () => {
  let client: pg.Client;
  let pgDb: PostgresDatabase;

  type Options = { categoryId?: number; limit?: number; offset?: number; at?: number };
  // `await` on the SQLite side too: its queries are becoming asynchronous.
  const onPostgres = async (lang: Edition, typed: string, { at = now, ...options }: Options = {}) =>
    (await searchPagePostgres(pgDb, lang, toTsQuery(typed), { ...page, ...options }, at)).hits;
  const onSqlite = async (lang: Edition, typed: string, { at = now, ...options }: Options = {}) =>
    (await searchPage(lang, toMatchExpression(typed), { ...page, ...options }, at)).hits;
  /** The slugs found on PostgreSQL, after checking SQLite finds the same ones in the same order. */
  const slugs = async (lang: Edition, typed: string, options: Options = {}) => {
    const found = (await onPostgres(lang, typed, options)).map((hit) => hit.slug);
    expect(found, `${lang} "${typed}"`).toEqual((await onSqlite(lang, typed, options)).map((hit) => hit.slug));
    return found;
  };
  const counted = async (lang: Edition, typed: string, categoryId?: number) => {
    const options = { limit: 0, offset: 0, categoryId };
    const n = (await searchPagePostgres(pgDb, lang, toTsQuery(typed), options, now)).counted;
    expect(n, `count of ${lang} "${typed}"`).toBe(
      (await searchPage(lang, toMatchExpression(typed), options, now)).counted,
    );
    return n;
  };

  beforeAll(async () => {
    const file = await freshDatabase({ seed: false });
    const sqlite = new Database(file);
    sqlite.pragma("foreign_keys = ON");
    await writeSearchFixtures(seedWriter(sqlite), now);
    sqlite.close();
    client = new pg.Client({ connectionString: await migratedPostgresDatabase() });
    await client.connect();
    await writeSearchFixtures(seedWriter(client), now);
    await client.query("analyze");
    pgDb = drizzle(client, { schema: pgSchema });
  });

  afterAll(async () => {
    await client?.end();
  });

  it("ranks a headline match above a passing mention, even a newer one", async () => {
    expect(await slugs("en", "metro")).toEqual(["metro-opens", "city-budget"]);
    expect(await counted("en", "metro")).toBe(2);
  });

  it("puts the newer of two equally relevant articles first", async () => {
    expect(await slugs("en", "cotton prices")).toEqual(["cotton-prices-newer", "cotton-prices-older"]);
  });

  it("never shows drafts, scheduled stories before their time or deleted stories", async () => {
    expect(await slugs("en", "fares")).toEqual([]);
    expect(await slugs("en", "night service")).toEqual([]);
    expect(await slugs("en", "parking")).toEqual([]);
    expect(await slugs("en", "night service", { at: now + 2 * 24 * hour })).toEqual(["metro-scheduled"]);
  });

  it("finds words by their beginning", async () => {
    expect(await slugs("en", "gandhi")).toEqual(["metro-opens"]);
    expect(await slugs("en", "commut")).toEqual(["metro-opens"]);
  });

  it("keeps to one edition and, when asked, one section", async () => {
    expect(await slugs("gu", "metro")).toEqual([]);
    expect(await slugs("en", "prices", { categoryId: sections.gujarat })).toEqual([]);
    expect(await slugs("en", "prices", { categoryId: sections.business })).toHaveLength(2);
    expect(await counted("en", "prices", sections.business)).toBe(2);
    expect(await counted("en", "prices", sections.gujarat)).toBe(0);
  });

  it("matches a Gujarati word with its vowel signs, and only that word", async () => {
    expect(await slugs("gu", "દેશ")).toEqual(["desh-samachar"]);
    expect(await slugs("gu", "દશ")).toEqual(["dash-varsh"]);
    expect(await slugs("gu", "ગુજરાત")).toEqual(["gujarat-metro"]);
    expect(await slugs("gu", "મેટ્રો")).toEqual(["gujarat-metro"]);
    expect(await slugs("gu", "ગાંધીનગર સવારી")).toEqual(["gujarat-metro"]);
  });

  it("finds stories by their tags", async () => {
    expect(await slugs("en", "monsoon")).toEqual(["rain-update"]);
  });

  it("marks the matched words in the headline and the snippet with private-use characters, not HTML", async () => {
    const [hit] = await onPostgres("en", "metro");
    expect(hit.titleHighlighted).toBe(`${start}Metro${end} line opens to Gandhinagar`);
    expect(hit).toMatchObject({ slug: "metro-opens", edition: "en", categoryId: sections.gujarat, imageFocusX: null });
    const [mention] = await onPostgres("en", "feeder");
    expect(mention.snippet).toContain(`${start}feeder${end}`);
    expect(mention.snippet).not.toMatch(/<mark|<b>/);
    const [gujarati] = await onPostgres("gu", "ગાંધીનગર");
    expect(gujarati.snippet).toBe(`${start}ગાંધીનગર${end} સુધી સીધી સવારી.`);
    for (const hit of [...(await onPostgres("en", "tramway")), ...(await onSqlite("en", "tramway"))]) {
      expect(hit.snippet).toMatch(new RegExp(`^….*${start}tramway${end}.*…$`, "u"));
    }
    const [both] = await onPostgres("en", "cotton rajkot");
    expect(both.titleHighlighted).toBe(`${start}Cotton${end} prices firm at ${start}Rajkot${end} yard`);
  });

  it("pages through results without overlap", async () => {
    const first = await slugs("en", "metro", { limit: 1, offset: 0 });
    const second = await slugs("en", "metro", { limit: 1, offset: 1 });
    expect([...first, ...second]).toEqual(["metro-opens", "city-budget"]);
  });

  it("answers hostile input with results or nothing, never an error", async () => {
    for (const input of hostileSearchInput) {
      const query = toTsQuery(input);
      if (query !== null) await expect(client.query("select to_tsquery('simple', $1)", [query])).resolves.toBeTruthy();
      await expect(onPostgres("en", input), input.slice(0, 20)).resolves.toBeInstanceOf(Array);
      await expect(counted("en", input), input.slice(0, 20)).resolves.toBeGreaterThanOrEqual(0);
    }
    expect(await counted("en", "😀")).toBe(0);
    expect(await slugs("en", 'NEAR("metro" AND')).toEqual(["metro-opens", "city-budget"]);
    // Operators typed are not operators: "& !budget" asks for the word budget too.
    expect(await slugs("en", "metro:* & !budget")).toEqual(["city-budget"]);
  });

  it("counts a word in very many stories as more than the cap and ranks its newest matches, headlines first", async () => {
    expect(await counted("en", "harvest")).toBe(searchCap + 1);
    const ranked = await slugs("en", "harvest", { limit: searchCap, offset: 0 });
    expect(ranked).toHaveLength(searchCap);
    expect(ranked[0]).toBe("harvest-headline-new");
    expect(ranked).not.toContain("harvest-headline-old");
  });

  it("answers through the GIN index on search_vector", async () => {
    // Planned among 5,000 more generated stories (`npm run db:seed -- --articles`), as in a real newsroom:
    // among a thousand, reading them all looks cheaper to the planner. Rolled back afterwards.
    const writer = seedWriter(client);
    const plans: string[] = [];
    const rollback = new Error("rollback");
    const planOf = async (statement: SQL) => JSON.stringify((await pgDb.execute(sql`explain ${statement}`)).rows);
    await writer
      .transaction(async () => {
        await seedSynthetic({ articles: 5000, comments: 0, target: writer, seed: 3 });
        await writer.run("analyze");
        plans.push(await planOf(rankedMatches("en", toTsQuery("feeder")!, null, now)));
        plans.push(await planOf(rankedMatches("gu", toTsQuery("મેટ્રો")!, sections.gujarat, now)));
        throw rollback;
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
      });
    for (const plan of plans) expect(plan).toContain("Bitmap Index Scan on articles_search_idx");
    expect(await counted("en", "feeder")).toBe(1);
  });
});
