import { describe, expect, it } from "vitest";
import { connections } from "@/db";
import { countAdminArticles, listAdminArticles } from "@/db/queries/admin-articles";
import * as articleQueries from "@/db/queries/articles";
import { countApprovedComments, listThreadComments } from "@/db/queries/comment-thread";
import { countCommentsPerDay, countDrafts, listLatestPendingComments } from "@/db/queries/dashboard";
import { listFeedArticles } from "@/db/queries/feed";
import { listLiveArticleIds } from "@/db/queries/live-updates";
import { listMedia, listMediaUsage } from "@/db/queries/media";
import { countQueues, listQueue } from "@/db/queries/moderation-queues";
import { listPeople } from "@/db/queries/people";
import { searchStoriesPage } from "@/db/queries/search-engine";
import { listSectionLastmods, listSitemapArticles, listSitemapBlocks } from "@/db/queries/sitemap";
import * as taxonomy from "@/db/queries/taxonomy";
import { toMatchExpression, toTsQuery } from "@/lib/search-query";
import { postgresTestsRun } from "../helpers/postgres";
import { useSeededPostgres } from "../helpers/seeded-postgres";

// The named queries the public pages, the newsroom and the moderation desk read with, run on the demo
// newsroom seeded into a real PostgreSQL through DATABASE_URL, as `npm start` would open it.
describe.runIf(postgresTestsRun())("the portal's reads on PostgreSQL", () => {
  const { firstStory } = useSeededPostgres();

  it("opens PostgreSQL from DATABASE_URL", () => {
    expect(connections().kind).toBe("postgres");
  });

  it("serves both home pages, with breaking, featured, latest and per-section stories", async () => {
    for (const lang of ["gu", "en"] as const) {
      const latest = await articleQueries.listLatestArticles(lang, { limit: 13, offset: 0 });
      expect(latest.length).toBe(13);
      expect(latest.every((story) => story.edition === lang)).toBe(true);
      expect(latest.map((story) => story.publishedAt)).toEqual(
        [...latest.map((story) => story.publishedAt)].sort((a, b) => b! - a!),
      );
      expect(await articleQueries.listFeaturedArticles(lang, 4)).not.toHaveLength(0);
      expect(Array.isArray(await articleQueries.listBreakingArticles(lang))).toBe(true);
    }
  });

  it("serves a section page with its count and stories", async () => {
    const [category] = await taxonomy.listCategories();
    expect(await taxonomy.getCategoryBySlug(category.slug)).toMatchObject({ id: category.id });
    const total = await articleQueries.countCategoryArticles("en", category.id);
    expect(typeof total).toBe("number");
    expect(total).toBeGreaterThan(0);
    const stories = await articleQueries.listCategoryArticles("en", category.id, { limit: 20, offset: 0 });
    expect(stories.length).toBe(Math.min(total, 20));
  });

  it("serves an article with its tags, related stories and approved comments thread", async () => {
    const story = await firstStory("en");
    const found = await articleQueries.getPublishedArticle("en", story.slug);
    expect(found?.article.title).toBe(story.title);
    expect(await articleQueries.listRelatedArticles(found!.article)).not.toContainEqual(
      expect.objectContaining({ id: story.id }),
    );
    const tags = await taxonomy.listArticleTags(story.id);
    expect(Array.isArray(tags)).toBe(true);
    const latest = await articleQueries.listLatestArticles("en", { limit: 60, offset: 0 });
    const counted = await Promise.all(latest.map(async (card) => ({ card, n: await countApprovedComments(card.id) })));
    const withComments = counted.find((entry) => entry.n > 0)!.card;
    const thread = await listThreadComments(withComments.id, { order: "oldest", limit: 20 });
    expect(thread.total).toBe(await countApprovedComments(withComments.id));
    expect(thread.comments.length).toBeGreaterThan(0);
    expect(typeof thread.topLevelTotal).toBe("number");
  });

  it("serves tag and author pages", async () => {
    const story = await firstStory("gu");
    const [tag] = await taxonomy.listArticleTags(story.id);
    const tagPage = await taxonomy.getTagBySlug("gu", tag.slug);
    expect(await articleQueries.countTagArticles(tagPage!.id)).toBeGreaterThan(0);
    expect(await articleQueries.listTagArticles(tagPage!.id, { limit: 20, offset: 0 })).toContainEqual(
      expect.objectContaining({ id: story.id }),
    );
    const editor = (await taxonomy.getAuthorBySlug("meera-trivedi"))!;
    expect(editor.name).toBe("Meera Trivedi");
    const count = await articleQueries.countAuthorArticles("en", editor.id);
    expect((await articleQueries.listAuthorArticles("en", editor.id, { limit: 50, offset: 0 })).length).toBe(
      Math.min(count, 50),
    );
  });

  const search = (lang: "gu" | "en", q: string) =>
    searchStoriesPage(lang, { match: toMatchExpression(q), tsQuery: toTsQuery(q) }, { limit: 20, offset: 0 });

  it("searches both editions, a Gujarati word with vowel signs and virama kept whole", async () => {
    const english = await search("en", "metro");
    expect(english.counted).toBeGreaterThan(0);
    expect(english.hits[0].titleHighlighted + english.hits[0].snippet).toMatch(/metro/i);
    const gujarati = await search("gu", "મેટ્રો");
    expect(gujarati.counted).toBeGreaterThan(0);
    expect(gujarati.hits.every((hit) => hit.edition === "gu")).toBe(true);
    expect(await search("en", "\"' & | !")).toEqual({ counted: 0, hits: [] });
  });

  it("lists the feed, the sitemap blocks, their stories and the sections' last changes", async () => {
    const feed = await listFeedArticles("gu", { limit: 10 });
    expect(feed).toHaveLength(10);
    const blocks = await listSitemapBlocks(1000);
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks[0]).toEqual({ block: 0, lastmod: expect.any(Number) });
    const inBlock = await listSitemapArticles(1, 1000);
    expect(inBlock.length).toBeGreaterThan(0);
    expect((await listSectionLastmods()).length).toBeGreaterThan(0);
  });

  it("gives the newsroom its article list, its count and its word search", async () => {
    const total = await countAdminArticles({});
    expect(total).toBeGreaterThan(0);
    expect(await listAdminArticles({}, { limit: 20, offset: 0 })).toHaveLength(Math.min(20, total));
    const words = (q: string) => ({ q, match: toMatchExpression(q) ?? undefined, tsQuery: toTsQuery(q) ?? undefined });
    const found = await listAdminArticles({ ...words("metro"), edition: "en" }, { limit: 20, offset: 0 });
    expect(found.length).toBeGreaterThan(0);
    expect(await countAdminArticles({ ...words("metro"), edition: "en" })).toBe(found.length);
    expect(await countAdminArticles(words("zzzqqq"))).toBe(0);
  });

  it("gives the moderation desk its queues and their counts", async () => {
    const counts = await countQueues();
    for (const value of Object.values(counts)) expect(typeof value).toBe("number");
    expect(counts.approved).toBeGreaterThan(0);
    const pending = await listQueue("pending", {});
    expect(pending.rows.length).toBe(Math.min(counts.pending, 50));
    const days = await countCommentsPerDay(Date.now() - 30 * 86_400_000);
    expect(days.every((row) => typeof row.day === "number" && typeof row.count === "number")).toBe(true);
    expect(await countDrafts()).toBeGreaterThan(0);
    expect((await listLatestPendingComments()).length).toBe(Math.min(counts.pending, 5));
    expect(await listLiveArticleIds("en")).toEqual(expect.any(Array));
  });

  it("finds people and media by part of a name, ignoring case", async () => {
    const meera = await listPeople({ query: "MEERA" });
    expect(meera.rows.map((person) => person.name)).toContain("Meera Trivedi");
    const everything = await listMedia({});
    expect(everything.total).toBeGreaterThan(0);
    const first = everything.rows[0];
    const part = first.fileName.slice(0, 4).toUpperCase();
    expect((await listMedia({ query: part })).rows.map((row) => row.id)).toContain(first.id);
    expect(await listMedia({ query: "%_\\" })).toMatchObject({ total: 0 });
    expect(Array.isArray(await listMediaUsage(first.path))).toBe(true);
  });
});
