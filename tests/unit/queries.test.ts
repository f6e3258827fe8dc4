import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
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
import { articles } from "@/db/tables";
import { hiddenSlugs } from "@/db/seed/demo";
import { describeOnEngines } from "../helpers/engines";
import { seedDemoHere } from "../helpers/engine-seed";

const now = Date.now();

describeOnEngines(
  "what readers can see",
  () => seedDemoHere(now),
  () => {
    it("lists an edition's latest stories, newest first, in that edition only", async () => {
      const latest = await listLatestArticles("gu", { limit: 20, offset: 0 }, now);
      expect(latest).toHaveLength(20);
      expect(latest.every((a) => a.edition === "gu")).toBe(true);
      const times = latest.map((a) => a.publishedAt ?? 0);
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it("hides drafts and scheduled stories until their time", async () => {
      for (const lang of ["en", "gu"] as const) {
        expect(await getPublishedArticle(lang, hiddenSlugs[lang].draft, now)).toBeNull();
        expect(await getPublishedArticle(lang, hiddenSlugs[lang].scheduled, now)).toBeNull();
        const all = (await listLatestArticles(lang, { limit: 1000, offset: 0 }, now)).map((a) => a.slug);
        expect(all).not.toContain(hiddenSlugs[lang].draft);
        expect(all).not.toContain(hiddenSlugs[lang].scheduled);
      }
      const inThreeDays = now + 3 * 24 * 3600e3;
      expect((await getPublishedArticle("en", hiddenSlugs.en.scheduled, inThreeDays))?.article.slug).toBe(
        hiddenSlugs.en.scheduled,
      );
      expect(await getPublishedArticle("en", hiddenSlugs.en.draft, inThreeDays)).toBeNull();
    });

    it("hides a deleted story", async () => {
      const story = (await listLatestArticles("en", { limit: 1, offset: 30 }, now))[0];
      await db.update(articles).set({ deletedAt: now }).where(eq(articles.id, story.id));
      expect(await getPublishedArticle("en", story.slug, now)).toBeNull();
      await db.update(articles).set({ deletedAt: null }).where(eq(articles.id, story.id));
    });

    it("pages through a section without overlap and stops at the end", async () => {
      const section = (await getCategoryBySlug("cricket"))!;
      const total = await countCategoryArticles("en", section.id, now);
      expect(total).toBeGreaterThan(1);
      const first = await listCategoryArticles("en", section.id, { limit: 1, offset: 0 }, now);
      const second = await listCategoryArticles("en", section.id, { limit: 1, offset: 1 }, now);
      expect(first[0].id).not.toBe(second[0].id);
      expect(await listCategoryArticles("en", section.id, { limit: 20, offset: total }, now)).toEqual([]);
    });

    it("lists a tag's stories and counts them", async () => {
      const tag = (await getTagBySlug("en", "ahmedabad"))!;
      expect(tag.name).toBe("Ahmedabad");
      const stories = await listTagArticles(tag.id, { limit: 50, offset: 0 }, now);
      expect(stories.length).toBe(await countTagArticles(tag.id, now));
      expect(stories.length).toBeGreaterThanOrEqual(5);
      for (const story of stories.slice(0, 3)) {
        expect((await listArticleTags(story.id)).map((t) => t.slug)).toContain("ahmedabad");
      }
    });

    it("drops a breaking flag once its time has passed", async () => {
      const breaking = await listBreakingArticles("en", now);
      expect(breaking.length).toBeGreaterThan(0);
      const story = breaking[0];
      await db
        .update(articles)
        .set({ breakingUntil: now - 1 })
        .where(eq(articles.id, story.id));
      expect((await listBreakingArticles("en", now)).map((a) => a.id)).not.toContain(story.id);
    });

    it("finds an article with its author, section and reciprocal translation", async () => {
      const found = (await getPublishedArticle("en", "ahmedabad-metro-phase-two-opens", now))!;
      expect(found.category.slug).toBe("gujarat");
      expect(found.author.slug).toBeTruthy();
      expect(found.translation?.edition).toBe("gu");
      const back = (await getPublishedArticle("gu", found.translation!.slug, now))!;
      expect(back.translation?.slug).toBe("ahmedabad-metro-phase-two-opens");
    });

    it("relates stories from the same section, never the story itself", async () => {
      const found = (await getPublishedArticle("en", "ahmedabad-metro-phase-two-opens", now))!;
      const related = await listRelatedArticles(found.article, 4, now);
      expect(related.map((a) => a.id)).not.toContain(found.article.id);
      expect(related.every((a) => a.categoryId === found.article.categoryId && a.edition === "en")).toBe(true);
    });
  },
);
