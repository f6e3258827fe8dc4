import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { highlightMarks, searchCap, searchPage } from "@/db/queries/search";
import { searchStories } from "@/app/(site)/reads/search";
import { toMatchExpression } from "@/lib/search-query";
import { articles, articleTags, categories, type Edition, type NewArticle, tags, users } from "@/db/schema";
import { freshDatabase } from "../helpers/unit-database";

const now = Date.now();
const hour = 3_600_000;
const page = { limit: 20, offset: 0 };
let gujarat: number;
let business: number;
let author: number;

function add(values: Partial<NewArticle> & { edition: Edition; slug: string; title: string }) {
  return db
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
    .get();
}

const searchArticles = (...args: Parameters<typeof searchPage>) => searchPage(...args).hits;
const countSearchResults = (lang: Edition, match: string | null, options: { categoryId?: number }, at: number) =>
  searchPage(lang, match, { limit: 0, offset: 0, ...options }, at).counted;

const slugs = (lang: Edition, query: string, options: { categoryId?: number } = {}) =>
  searchArticles(lang, toMatchExpression(query), { ...page, ...options }, now).map((hit) => hit.slug);

beforeAll(async () => {
  await freshDatabase({ seed: false });
  gujarat = db.insert(categories).values({ slug: "gujarat", nameEn: "Gujarat", nameGu: "ગુજરાત" }).returning().get().id;
  business = db
    .insert(categories)
    .values({ slug: "business", nameEn: "Business", nameGu: "બિઝનેસ", position: 1 })
    .returning()
    .get().id;
  author = db
    .insert(users)
    .values({ email: "reporter@example.com", name: "Reporter", slug: "reporter", role: "editor" })
    .returning()
    .get().id;

  add({
    edition: "en",
    slug: "metro-opens",
    title: "Metro line opens to Gandhinagar",
    dek: "Commuters cheer the new stretch.",
    body: "Trains run every twelve minutes.",
    publishedAt: now - 5 * hour,
  });
  add({
    edition: "en",
    slug: "city-budget",
    title: "City budget passes",
    dek: "Roads and drains get more.",
    body: "A small sum also goes to the metro feeder buses.",
    publishedAt: now - hour,
  });
  add({
    edition: "en",
    slug: "cotton-prices-older",
    title: "Cotton prices firm at Rajkot yard",
    body: "Traders expect steady arrivals.",
    publishedAt: now - 30 * hour,
    categoryId: business,
  });
  add({
    edition: "en",
    slug: "cotton-prices-newer",
    title: "Cotton prices firm at Rajkot yard",
    body: "Traders expect steady arrivals.",
    publishedAt: now - 3 * hour,
    categoryId: business,
  });
  add({ edition: "en", slug: "metro-draft", title: "Metro fares to rise", status: "draft", publishedAt: null });
  add({
    edition: "en",
    slug: "metro-scheduled",
    title: "Metro night service",
    status: "scheduled",
    publishedAt: now + 24 * hour,
  });
  add({ edition: "en", slug: "metro-deleted", title: "Metro parking plan", deletedAt: now - hour });
  add({ edition: "gu", slug: "desh-samachar", title: "દેશના સમાચાર", body: "આખા દેશ માં વરસાદ પડ્યો." });
  add({ edition: "gu", slug: "dash-varsh", title: "દશ વર્ષ પછી પુલ ખુલ્યો", body: "દશ વર્ષની રાહ પૂરી થઈ." });
  add({ edition: "gu", slug: "gujarat-metro", title: "ગુજરાતમાં મેટ્રોનો બીજો તબક્કો શરૂ", dek: "ગાંધીનગર સુધી સીધી સવારી." });
});

describe("searching published articles", () => {
  it("ranks a headline match above a passing mention, even a newer one", () => {
    expect(slugs("en", "metro")).toEqual(["metro-opens", "city-budget"]);
    expect(countSearchResults("en", toMatchExpression("metro"), {}, now)).toBe(2);
  });

  it("puts the newer of two equally relevant articles first", () => {
    expect(slugs("en", "cotton prices")).toEqual(["cotton-prices-newer", "cotton-prices-older"]);
  });

  it("never shows drafts, scheduled stories before their time or deleted stories", () => {
    expect(slugs("en", "fares")).toEqual([]);
    expect(slugs("en", "night service")).toEqual([]);
    expect(slugs("en", "parking")).toEqual([]);
    expect(
      searchArticles("en", toMatchExpression("night service"), page, now + 2 * 24 * hour).map((h) => h.slug),
    ).toEqual(["metro-scheduled"]);
  });

  it("finds words by their beginning", () => {
    expect(slugs("en", "gandhi")).toEqual(["metro-opens"]);
    expect(slugs("en", "commut")).toEqual(["metro-opens"]);
  });

  it("keeps to one edition and, when asked, one section", () => {
    expect(slugs("gu", "metro")).toEqual([]);
    expect(slugs("en", "prices", { categoryId: gujarat })).toEqual([]);
    expect(slugs("en", "prices", { categoryId: business })).toHaveLength(2);
  });

  it("matches a Gujarati word with its vowel signs, and only that word", () => {
    expect(slugs("gu", "દેશ")).toEqual(["desh-samachar"]);
    expect(slugs("gu", "દશ")).toEqual(["dash-varsh"]);
    expect(slugs("gu", "ગુજરાત")).toEqual(["gujarat-metro"]);
    expect(slugs("gu", "મેટ્રો")).toEqual(["gujarat-metro"]);
  });

  it("marks the matched words in the headline and the snippet with private-use characters, not HTML", () => {
    const [hit] = searchArticles("en", toMatchExpression("metro"), page, now);
    const { start, end } = highlightMarks;
    expect(hit.titleHighlighted).toBe(`${start}Metro${end} line opens to Gandhinagar`);
    const [mention] = searchArticles("en", toMatchExpression("feeder"), page, now);
    expect(mention.snippet).toContain(`${start}feeder${end}`);
    expect(mention.snippet).not.toMatch(/<mark|<b>/);
  });

  it("pages through results without overlap", () => {
    const first = searchArticles("en", toMatchExpression("metro"), { limit: 1, offset: 0 }, now);
    const second = searchArticles("en", toMatchExpression("metro"), { limit: 1, offset: 1 }, now);
    expect([...first, ...second].map((h) => h.slug)).toEqual(["metro-opens", "city-budget"]);
  });

  it("answers hostile input with results or nothing, never an error", () => {
    for (const input of ['"', "NEAR(", "metro AND", "(((", "*", "😀", "x".repeat(10_000), '"metro" OR *']) {
      expect(() => searchArticles("en", toMatchExpression(input), page, now)).not.toThrow();
      expect(() => countSearchResults("en", toMatchExpression(input), {}, now)).not.toThrow();
    }
    expect(countSearchResults("en", toMatchExpression("😀"), {}, now)).toBe(0);
    expect(slugs("en", 'NEAR("metro" AND')).toEqual(["metro-opens", "city-budget"]);
  });
});

describe("the search index follows the articles table at once", () => {
  it("drops an article the moment it goes back to draft, and finds it again when republished", () => {
    const story = add({ edition: "en", slug: "bridge-reopens", title: "Sabarmati bridge reopens" });
    expect(slugs("en", "sabarmati")).toEqual(["bridge-reopens"]);
    db.update(articles).set({ status: "draft" }).where(eq(articles.id, story.id)).run();
    expect(slugs("en", "sabarmati")).toEqual([]);
    db.update(articles).set({ status: "published" }).where(eq(articles.id, story.id)).run();
    expect(slugs("en", "sabarmati")).toEqual(["bridge-reopens"]);
  });

  it("finds the new wording of an edited article and forgets the old", () => {
    const story = add({ edition: "en", slug: "river-festival", title: "River festival planned" });
    db.update(articles)
      .set({ title: "Kite festival planned", body: "Kites over the old city." })
      .where(eq(articles.id, story.id))
      .run();
    expect(slugs("en", "river")).toEqual([]);
    expect(slugs("en", "kite")).toEqual(["river-festival"]);
  });

  it("searches tag names, including renamed and removed tags", () => {
    const story = add({ edition: "en", slug: "rain-update", title: "Showers expected this week" });
    const tag = db.insert(tags).values({ edition: "en", slug: "monsoon", name: "Monsoon" }).returning().get();
    db.insert(articleTags).values({ articleId: story.id, tagId: tag.id }).run();
    expect(slugs("en", "monsoon")).toEqual(["rain-update"]);
    db.update(tags).set({ name: "Rainfall" }).where(eq(tags.id, tag.id)).run();
    expect(slugs("en", "monsoon")).toEqual([]);
    expect(slugs("en", "rainfall")).toEqual(["rain-update"]);
    db.delete(articleTags).where(eq(articleTags.articleId, story.id)).run();
    expect(slugs("en", "rainfall")).toEqual([]);
  });

  it("removes a deleted article's row from the index", () => {
    const story = add({ edition: "en", slug: "short-lived", title: "Ephemeral headline" });
    db.delete(articles).where(eq(articles.id, story.id)).run();
    const row = db.get<{ n: number }>(sql`select count(*) as n from articles_fts where rowid = ${story.id}`);
    expect(row.n).toBe(0);
  });
});

describe("a word found in very many stories", () => {
  it("is counted as more than the cap and ranked among its newest matches, headlines first", () => {
    add({
      edition: "en",
      slug: "harvest-headline-old",
      title: "Harvest festival in the villages",
      publishedAt: now - 900 * hour,
    });
    db.transaction(() => {
      for (let i = 1; i <= searchCap + 4; i++)
        add({
          edition: "en",
          slug: `harvest-mention-${i}`,
          title: `District notes ${i}`,
          body: "The harvest was good this year.",
          publishedAt: now - 800 * hour + i,
        });
    });
    add({ edition: "en", slug: "harvest-headline-new", title: "Harvest fair opens", publishedAt: now - 2 * hour });

    expect(countSearchResults("en", toMatchExpression("harvest"), {}, now)).toBe(searchCap + 1);
    const ranked = searchArticles("en", toMatchExpression("harvest"), { limit: searchCap, offset: 0 }, now).map(
      (hit) => hit.slug,
    );
    expect(ranked).toHaveLength(searchCap);
    expect(ranked[0]).toBe("harvest-headline-new");
    expect(ranked).not.toContain("harvest-headline-old");
    expect(searchStories("en", "harvest", 1)).toMatchObject({ total: searchCap, more: true });
    expect(searchStories("en", "metro", 1)).toMatchObject({ total: 2, more: false });
  });
});
