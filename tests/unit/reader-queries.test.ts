import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { listCommentedArticleIds, listOwnComments } from "@/db/queries/account";
import {
  listRecentlyPublished,
  listSectionLastmods,
  listSitemapArticles,
  listSitemapBlocks,
} from "@/db/queries/sitemap";
import { isVisible } from "@/db/queries/visibility";
import { articles, comments, users } from "@/db/tables";
import { hiddenSlugs } from "@/db/seed/demo";
import { describeOnEngines } from "../helpers/engines";
import { seedDemoHere } from "../helpers/engine-seed";

const now = Date.now();
const hour = 3_600_000;
const storyId = async (slug: string, edition?: "en" | "gu") =>
  (
    await db
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.slug, slug), edition ? eq(articles.edition, edition) : undefined))
  )[0].id;
const personId = async (slug: string) =>
  (await db.select({ id: users.id }).from(users).where(eq(users.slug, slug)))[0].id;

describeOnEngines(
  "reader queries",
  () => seedDemoHere(now),
  () => {
    describe("which stories are visible", () => {
      const visibleSlugs = async (at: number) =>
        (await db.select({ slug: articles.slug }).from(articles).where(isVisible(at))).map((row) => row.slug);

      it("hides drafts and deleted stories, and scheduled ones until their time", async () => {
        const slugs = await visibleSlugs(now);
        for (const lang of ["en", "gu"] as const) {
          expect(slugs).not.toContain(hiddenSlugs[lang].draft);
          expect(slugs).not.toContain(hiddenSlugs[lang].scheduled);
        }
        expect(await visibleSlugs(now + 49 * hour)).toContain(hiddenSlugs.en.scheduled);
        expect(await visibleSlugs(now + 49 * hour)).not.toContain(hiddenSlugs.en.draft);

        const id = await storyId("monsoon-arrives-early-in-saurashtra");
        await db.update(articles).set({ deletedAt: now }).where(eq(articles.id, id));
        try {
          expect(await visibleSlugs(now)).not.toContain("monsoon-arrives-early-in-saurashtra");
        } finally {
          await db.update(articles).set({ deletedAt: null }).where(eq(articles.id, id));
        }
      });
    });

    describe("sitemaps", () => {
      it("groups visible stories into id blocks with the newest change of each", async () => {
        const blocks = await listSitemapBlocks(10, now);
        expect(blocks.map((b) => b.block)).toEqual([...blocks.map((b) => b.block)].sort((a, b) => a - b));
        const visible = (await db.select({ n: count() }).from(articles).where(isVisible(now)).limit(1))[0]!.n;
        const listed = (
          await Promise.all(blocks.map((b) => listSitemapArticles(b.block * 10 + 1, b.block * 10 + 10, now)))
        ).flat();
        expect(listed).toHaveLength(visible);
        for (const b of blocks) {
          const inBlock = await listSitemapArticles(b.block * 10 + 1, b.block * 10 + 10, now);
          expect(b.lastmod).toBe(Math.max(...inBlock.map((a) => a.updatedAt)));
        }
      });

      it("pairs each story with its translation, but only a visible one", async () => {
        const all = await listSitemapArticles(1, 1_000_000, now);
        const metro = all.find((a) => a.slug === "ahmedabad-metro-phase-two-opens")!;
        expect(metro).toMatchObject({ edition: "en", translationEdition: "gu" });
        expect(all.find((a) => a.slug === metro.translationSlug)).toMatchObject({ translationSlug: metro.slug });

        const gu = await storyId(metro.translationSlug!, "gu");
        await db.update(articles).set({ status: "draft" }).where(eq(articles.id, gu));
        try {
          const again = (await listSitemapArticles(1, 1_000_000, now)).find((a) => a.slug === metro.slug)!;
          expect(again.translationSlug).toBeNull();
        } finally {
          await db.update(articles).set({ status: "published" }).where(eq(articles.id, gu));
        }
      });

      it("lists recently published stories newest first, from the given time, within the limit", async () => {
        const since = now - 24 * hour;
        const recent = await listRecentlyPublished(since, now);
        expect(recent.length).toBeGreaterThan(3);
        expect(recent.every((a) => (a.publishedAt ?? 0) >= since && (a.publishedAt ?? 0) <= now)).toBe(true);
        const times = recent.map((a) => a.publishedAt ?? 0);
        expect(times).toEqual([...times].sort((a, b) => b - a));
        expect(new Set(recent.map((a) => a.edition))).toEqual(new Set(["en", "gu"]));
        expect(await listRecentlyPublished(since, now, 2)).toEqual(recent.slice(0, 2));
      });

      it("gives each edition's section its newest change", async () => {
        const lastmods = await listSectionLastmods(now);
        const category = (
          await db
            .select({ id: articles.categoryId })
            .from(articles)
            .where(eq(articles.slug, "ahmedabad-metro-phase-two-opens"))
        )[0].id;
        const newest = (
          await db
            .select({ updatedAt: articles.updatedAt })
            .from(articles)
            .where(and(eq(articles.edition, "en"), eq(articles.categoryId, category), isVisible(now)))
        ).reduce((max, row) => Math.max(max, row.updatedAt), 0);
        expect(lastmods.find((row) => row.edition === "en" && row.categoryId === category)?.lastmod).toBe(newest);
      });
    });

    describe("a reader's own comments", () => {
      it("lists them newest first with their story, leaving out the ones they deleted", async () => {
        const ravi = await personId("ravi-joshi");
        const mine = await listOwnComments(ravi);
        expect(mine.length).toBeGreaterThan(1);
        const times = mine.map((c) => c.createdAt);
        expect(times).toEqual([...times].sort((a, b) => b - a));
        expect(mine[0]).toMatchObject({ articleSlug: expect.any(String), articleTitle: expect.any(String) });

        await db.update(comments).set({ deletedAt: now }).where(eq(comments.id, mine[0].id));
        try {
          expect((await listOwnComments(ravi)).map((c) => c.id)).not.toContain(mine[0].id);
          expect(await listOwnComments(ravi, 1)).toHaveLength(1);
        } finally {
          await db.update(comments).set({ deletedAt: null }).where(eq(comments.id, mine[0].id));
        }
      });

      it("names each story they commented on once", async () => {
        const ravi = await personId("ravi-joshi");
        const ids = await listCommentedArticleIds(ravi);
        expect(new Set(ids).size).toBe(ids.length);
        const commentedOn: number[] = [];
        for (const c of await listOwnComments(ravi, 1000))
          commentedOn.push(await storyId(c.articleSlug, c.articleEdition));
        expect(ids.sort()).toEqual([...new Set(commentedOn)].sort());
        expect(await listCommentedArticleIds(await personId("admin"))).toEqual([]);
      });
    });
  },
);
