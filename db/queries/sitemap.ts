import "server-only";
import { and, asc, between, desc, eq, gte, inArray, isNull, lte, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "../index";
import { editions } from "../schema";
import { articles } from "../tables";
import { isVisible } from "./visibility";

// Made per call: `articles` is the open engine's table (db/tables.ts), not the one there was at import.
const translationOf = () => alias(articles, "translation");

// The same rule as isVisible, for the aliased translation row.
const translationVisible = (translation: ReturnType<typeof translationOf>, now: number) =>
  and(ne(translation.status, "draft"), lte(translation.publishedAt, now), isNull(translation.deletedAt));

/** Which id blocks of `size` hold visible articles, with the newest change in each (block 0 is ids 1…size). */
export async function listSitemapBlocks(size: number, now = Date.now()) {
  const block = sql<number>`(${articles.id} - 1) / ${sql.raw(String(Math.max(1, Math.floor(size))))}`.mapWith(Number);
  return await db
    .select({ block, lastmod: sql<number>`max(${articles.updatedAt})`.mapWith(Number) })
    .from(articles)
    .where(isVisible(now))
    .groupBy(block)
    .orderBy(asc(block));
}

/** Visible articles with ids from `firstId` to `lastId`, each with its visible translation if any. */
export async function listSitemapArticles(firstId: number, lastId: number, now = Date.now()) {
  const translation = translationOf();
  return await db
    .select({
      edition: articles.edition,
      slug: articles.slug,
      updatedAt: articles.updatedAt,
      translationEdition: translation.edition,
      translationSlug: translation.slug,
    })
    .from(articles)
    .leftJoin(translation, and(eq(translation.id, articles.translationId), translationVisible(translation, now)))
    .where(and(between(articles.id, firstId, lastId), isVisible(now)))
    .orderBy(asc(articles.id));
}

/** Articles published since `since`, newest first, for the news sitemap (which allows at most 1,000). */
export async function listRecentlyPublished(since: number, now = Date.now(), limit = 1000) {
  return await db
    .select({
      edition: articles.edition,
      slug: articles.slug,
      title: articles.title,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    // Naming both editions lets SQLite walk the edition/published index instead of the whole table.
    .where(and(inArray(articles.edition, editions), gte(articles.publishedAt, since), isVisible(now)))
    .orderBy(desc(articles.publishedAt))
    .limit(limit);
}

/** The newest change per edition and section, for the pages sitemap. */
export async function listSectionLastmods(now = Date.now()) {
  return await db
    .select({
      edition: articles.edition,
      categoryId: articles.categoryId,
      lastmod: sql<number>`max(${articles.updatedAt})`.mapWith(Number),
    })
    .from(articles)
    .where(isVisible(now))
    .groupBy(articles.edition, articles.categoryId);
}
