import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { highlightMarks, searchCap, searchPage } from "@/db/queries/search";
import { searchStories } from "@/app/(site)/reads/search";
import { toMatchExpression } from "@/lib/search-query";
import { articles, articleTags, categories, type Edition, type NewArticle, tags, users } from "@/db/schema";
import { atomically } from "@/db/write";
import { freshDatabase } from "../helpers/unit-database";

const now = Date.now();
const hour = 3_600_000;
const page = { limit: 20, offset: 0 };
let gujarat: number;
let business: number;
let author: number;

async function add(values: Partial<NewArticle> & { edition: Edition; slug: string; title: string }) {
  return (
    await db
      .insert(articles)
      .values({
        categoryId: gujarat,
        authorId: author,
        status: "published",
        publishedAt: now - hour,
        dek: "",
        body: "",
        ...values,
      })
      .returning()
  )[0];
}

const searchArticles = async (...args: Parameters<typeof searchPage>) => (await searchPage(...args)).hits;
const countSearchResults = async (lang: Edition, match: string | null, options: { categoryId?: number }, at: number) =>
  (await searchPage(lang, match, { limit: 0, offset: 0, ...options }, at)).counted;

const slugs = async (lang: Edition, query: string, options: { categoryId?: number } = {}) =>
  (await searchArticles(lang, toMatchExpression(query), { ...page, ...options }, now)).map((hit) => hit.slug);

beforeAll(async () => {
  await freshDatabase({ seed: false });
  gujarat = (await db.insert(categories).values({ slug: "gujarat", nameEn: "Gujarat", nameGu: "ગુજરાત" }).returning())[0]
    .id;
  business = (
    await db
      .insert(categories)
      .values({ slug: "business", nameEn: "Business", nameGu: "બિઝનેસ", position: 1 })
      .returning()
  )[0].id;
  author = (
    await db
      .insert(users)
      .values({ email: "reporter@example.com", name: "Reporter", slug: "reporter", role: "editor" })
      .returning()
  )[0].id;

  await add({
    edition: "en",
    slug: "metro-opens",
    title: "Metro line opens to Gandhinagar",
    dek: "Commuters cheer the new stretch.",
    body: "Trains run every twelve minutes.",
    publishedAt: now - 5 * hour,
  });
  await add({
    edition: "en",
    slug: "city-budget",
    title: "City budget passes",
    dek: "Roads and drains get more.",
    body: "A small sum also goes to the metro feeder buses.",
    publishedAt: now - hour,
  });
  await add({
    edition: "en",
    slug: "cotton-prices-older",
    title: "Cotton prices firm at Rajkot yard",
    body: "Traders expect steady arrivals.",
    publishedAt: now - 30 * hour,
    categoryId: business,
  });
  await add({
    edition: "en",
    slug: "cotton-prices-newer",
    title: "Cotton prices firm at Rajkot yard",
    body: "Traders expect steady arrivals.",
    publishedAt: now - 3 * hour,
    categoryId: business,
  });
  await add({ edition: "en", slug: "metro-draft", title: "Metro fares to rise", status: "draft", publishedAt: null });
  await add({
    edition: "en",
    slug: "metro-scheduled",
    title: "Metro night service",
    status: "scheduled",
    publishedAt: now + 24 * hour,
  });
  await add({ edition: "en", slug: "metro-deleted", title: "Metro parking plan", deletedAt: now - hour });
  await add({ edition: "gu", slug: "desh-samachar", title: "દેશના સમાચાર", body: "આખા દેશ માં વરસાદ પડ્યો." });
  await add({ edition: "gu", slug: "dash-varsh", title: "દશ વર્ષ પછી પુલ ખુલ્યો", body: "દશ વર્ષની રાહ પૂરી થઈ." });
  await add({
    edition: "gu",
    slug: "gujarat-metro",
    title: "ગુજરાતમાં મેટ્રોનો બીજો તબક્કો શરૂ",
    dek: "ગાંધીનગર સુધી સીધી સવારી.",
  });
});

describe("searching published articles", () => {
  it("ranks a headline match above a passing mention, even a newer one", async () => {
    expect(await slugs("en", "metro")).toEqual(["metro-opens", "city-budget"]);
    expect(await countSearchResults("en", toMatchExpression("metro"), {}, now)).toBe(2);
  });

  it("puts the newer of two equally relevant articles first", async () => {
    expect(await slugs("en", "cotton prices")).toEqual(["cotton-prices-newer", "cotton-prices-older"]);
  });

  it("never shows drafts, scheduled stories before their time or deleted stories", async () => {
    expect(await slugs("en", "fares")).toEqual([]);
    expect(await slugs("en", "night service")).toEqual([]);
    expect(await slugs("en", "parking")).toEqual([]);
    expect(
      (await searchArticles("en", toMatchExpression("night service"), page, now + 2 * 24 * hour)).map((h) => h.slug),
    ).toEqual(["metro-scheduled"]);
  });

  it("finds words by their beginning", async () => {
    expect(await slugs("en", "gandhi")).toEqual(["metro-opens"]);
    expect(await slugs("en", "commut")).toEqual(["metro-opens"]);
  });

  it("keeps to one edition and, when asked, one section", async () => {
    expect(await slugs("gu", "metro")).toEqual([]);
    expect(await slugs("en", "prices", { categoryId: gujarat })).toEqual([]);
    expect(await slugs("en", "prices", { categoryId: business })).toHaveLength(2);
  });

  it("matches a Gujarati word with its vowel signs, and only that word", async () => {
    expect(await slugs("gu", "દેશ")).toEqual(["desh-samachar"]);
    expect(await slugs("gu", "દશ")).toEqual(["dash-varsh"]);
    expect(await slugs("gu", "ગુજરાત")).toEqual(["gujarat-metro"]);
    expect(await slugs("gu", "મેટ્રો")).toEqual(["gujarat-metro"]);
  });

  it("marks the matched words in the headline and the snippet with private-use characters, not HTML", async () => {
    const [hit] = await searchArticles("en", toMatchExpression("metro"), page, now);
    const { start, end } = highlightMarks;
    expect(hit.titleHighlighted).toBe(`${start}Metro${end} line opens to Gandhinagar`);
    const [mention] = await searchArticles("en", toMatchExpression("feeder"), page, now);
    expect(mention.snippet).toContain(`${start}feeder${end}`);
    expect(mention.snippet).not.toMatch(/<mark|<b>/);
  });

  it("pages through results without overlap", async () => {
    const first = await searchArticles("en", toMatchExpression("metro"), { limit: 1, offset: 0 }, now);
    const second = await searchArticles("en", toMatchExpression("metro"), { limit: 1, offset: 1 }, now);
    expect([...first, ...second].map((h) => h.slug)).toEqual(["metro-opens", "city-budget"]);
  });

  it("answers hostile input with results or nothing, never an error", async () => {
    for (const input of ['"', "NEAR(", "metro AND", "(((", "*", "😀", "x".repeat(10_000), '"metro" OR *']) {
      await expect(searchArticles("en", toMatchExpression(input), page, now)).resolves.toBeDefined();
      await expect(countSearchResults("en", toMatchExpression(input), {}, now)).resolves.toBeDefined();
    }
    expect(await countSearchResults("en", toMatchExpression("😀"), {}, now)).toBe(0);
    expect(await slugs("en", 'NEAR("metro" AND')).toEqual(["metro-opens", "city-budget"]);
  });
});

describe("the search index follows the articles table at once", () => {
  it("drops an article the moment it goes back to draft, and finds it again when republished", async () => {
    const story = await add({ edition: "en", slug: "bridge-reopens", title: "Sabarmati bridge reopens" });
    expect(await slugs("en", "sabarmati")).toEqual(["bridge-reopens"]);
    await db.update(articles).set({ status: "draft" }).where(eq(articles.id, story.id));
    expect(await slugs("en", "sabarmati")).toEqual([]);
    await db.update(articles).set({ status: "published" }).where(eq(articles.id, story.id));
    expect(await slugs("en", "sabarmati")).toEqual(["bridge-reopens"]);
  });

  it("finds the new wording of an edited article and forgets the old", async () => {
    const story = await add({ edition: "en", slug: "river-festival", title: "River festival planned" });
    await db
      .update(articles)
      .set({ title: "Kite festival planned", body: "Kites over the old city." })
      .where(eq(articles.id, story.id));
    expect(await slugs("en", "river")).toEqual([]);
    expect(await slugs("en", "kite")).toEqual(["river-festival"]);
  });

  it("searches tag names, including renamed and removed tags", async () => {
    const story = await add({ edition: "en", slug: "rain-update", title: "Showers expected this week" });
    const tag = (await db.insert(tags).values({ edition: "en", slug: "monsoon", name: "Monsoon" }).returning())[0];
    await db.insert(articleTags).values({ articleId: story.id, tagId: tag.id });
    expect(await slugs("en", "monsoon")).toEqual(["rain-update"]);
    await db.update(tags).set({ name: "Rainfall" }).where(eq(tags.id, tag.id));
    expect(await slugs("en", "monsoon")).toEqual([]);
    expect(await slugs("en", "rainfall")).toEqual(["rain-update"]);
    await db.delete(articleTags).where(eq(articleTags.articleId, story.id));
    expect(await slugs("en", "rainfall")).toEqual([]);
  });

  it("removes a deleted article's row from the index", async () => {
    const story = await add({ edition: "en", slug: "short-lived", title: "Ephemeral headline" });
    await db.delete(articles).where(eq(articles.id, story.id));
    const row = await db.get<{ n: number }>(sql`select count(*) as n from articles_fts where rowid = ${story.id}`);
    expect(row.n).toBe(0);
  });
});

describe("a word found in very many stories", () => {
  it("is counted as more than the cap and ranked among its newest matches, headlines first", async () => {
    await add({
      edition: "en",
      slug: "harvest-headline-old",
      title: "Harvest festival in the villages",
      publishedAt: now - 900 * hour,
    });
    await atomically(async () => {
      for (let i = 1; i <= searchCap + 4; i++)
        await add({
          edition: "en",
          slug: `harvest-mention-${i}`,
          title: `District notes ${i}`,
          body: "The harvest was good this year.",
          publishedAt: now - 800 * hour + i,
        });
    });
    await add({
      edition: "en",
      slug: "harvest-headline-new",
      title: "Harvest fair opens",
      publishedAt: now - 2 * hour,
    });

    expect(await countSearchResults("en", toMatchExpression("harvest"), {}, now)).toBe(searchCap + 1);
    const ranked = (await searchArticles("en", toMatchExpression("harvest"), { limit: searchCap, offset: 0 }, now)).map(
      (hit) => hit.slug,
    );
    expect(ranked).toHaveLength(searchCap);
    expect(ranked[0]).toBe("harvest-headline-new");
    expect(ranked).not.toContain("harvest-headline-old");
    expect(await searchStories("en", "harvest", 1)).toMatchObject({ total: searchCap, more: true });
    expect(await searchStories("en", "metro", 1)).toMatchObject({ total: 2, more: false });
  });
});
