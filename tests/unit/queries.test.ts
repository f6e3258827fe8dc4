import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import {
  countCategoryArticles,
  countTagArticles,
  getPublishedArticle,
  listBreakingArticles,
  listCategoryArticles,
  listLatestArticles,
  listRelatedArticles,
  listTagArticles,
} from "@/db/queries/articles";
import { getCategoryBySlug, getTagBySlug, listArticleTags } from "@/db/queries/taxonomy";
import { articles } from "@/db/schema";
import { hiddenSlugs } from "@/db/seed/demo";
import { freshDatabase } from "../helpers/unit-database";

const now = Date.now();
beforeAll(async () => {
  await freshDatabase({ now });
});

describe("what readers can see", () => {
  it("lists an edition's latest stories, newest first, in that edition only", () => {
    const latest = listLatestArticles("gu", { limit: 20, offset: 0 }, now);
    expect(latest).toHaveLength(20);
    expect(latest.every((a) => a.edition === "gu")).toBe(true);
    const times = latest.map((a) => a.publishedAt ?? 0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("hides drafts and scheduled stories until their time", () => {
    for (const lang of ["en", "gu"] as const) {
      expect(getPublishedArticle(lang, hiddenSlugs[lang].draft, now)).toBeNull();
      expect(getPublishedArticle(lang, hiddenSlugs[lang].scheduled, now)).toBeNull();
      const all = listLatestArticles(lang, { limit: 1000, offset: 0 }, now).map((a) => a.slug);
      expect(all).not.toContain(hiddenSlugs[lang].draft);
      expect(all).not.toContain(hiddenSlugs[lang].scheduled);
    }
    const inThreeDays = now + 3 * 24 * 3600e3;
    expect(getPublishedArticle("en", hiddenSlugs.en.scheduled, inThreeDays)?.article.slug).toBe(
      hiddenSlugs.en.scheduled,
    );
    expect(getPublishedArticle("en", hiddenSlugs.en.draft, inThreeDays)).toBeNull();
  });

  it("hides a deleted story", () => {
    const story = listLatestArticles("en", { limit: 1, offset: 30 }, now)[0];
    db.update(articles).set({ deletedAt: now }).where(eq(articles.id, story.id)).run();
    expect(getPublishedArticle("en", story.slug, now)).toBeNull();
    db.update(articles).set({ deletedAt: null }).where(eq(articles.id, story.id)).run();
  });

  it("pages through a section without overlap and stops at the end", () => {
    const section = getCategoryBySlug("cricket")!;
    const total = countCategoryArticles("en", section.id, now);
    expect(total).toBeGreaterThan(1);
    const first = listCategoryArticles("en", section.id, { limit: 1, offset: 0 }, now);
    const second = listCategoryArticles("en", section.id, { limit: 1, offset: 1 }, now);
    expect(first[0].id).not.toBe(second[0].id);
    expect(listCategoryArticles("en", section.id, { limit: 20, offset: total }, now)).toEqual([]);
  });

  it("lists a tag's stories and counts them", () => {
    const tag = getTagBySlug("en", "ahmedabad")!;
    expect(tag.name).toBe("Ahmedabad");
    const stories = listTagArticles(tag.id, { limit: 50, offset: 0 }, now);
    expect(stories.length).toBe(countTagArticles(tag.id, now));
    expect(stories.length).toBeGreaterThanOrEqual(5);
    for (const story of stories.slice(0, 3)) {
      expect(listArticleTags(story.id).map((t) => t.slug)).toContain("ahmedabad");
    }
  });

  it("drops a breaking flag once its time has passed", () => {
    const breaking = listBreakingArticles("en", now);
    expect(breaking.length).toBeGreaterThan(0);
    const story = breaking[0];
    db.update(articles)
      .set({ breakingUntil: now - 1 })
      .where(eq(articles.id, story.id))
      .run();
    expect(listBreakingArticles("en", now).map((a) => a.id)).not.toContain(story.id);
  });

  it("finds an article with its author, section and reciprocal translation", () => {
    const found = getPublishedArticle("en", "ahmedabad-metro-phase-two-opens", now)!;
    expect(found.category.slug).toBe("gujarat");
    expect(found.author.slug).toBeTruthy();
    expect(found.translation?.edition).toBe("gu");
    const back = getPublishedArticle("gu", found.translation!.slug, now)!;
    expect(back.translation?.slug).toBe("ahmedabad-metro-phase-two-opens");
  });

  it("relates stories from the same section, never the story itself", () => {
    const found = getPublishedArticle("en", "ahmedabad-metro-phase-two-opens", now)!;
    const related = listRelatedArticles(found.article, 4, now);
    expect(related.map((a) => a.id)).not.toContain(found.article.id);
    expect(related.every((a) => a.categoryId === found.article.categoryId && a.edition === "en")).toBe(true);
  });
});
