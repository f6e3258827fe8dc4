import "server-only";
import { and, desc, eq, gt, isNull, ne, or, sql } from "drizzle-orm";
import { db } from "../index";
import { type Edition } from "../schema";
import { articles, articleTags, categories, users } from "../tables";
import { cardColumns, isVisible } from "./visibility";

export type ArticleCard = {
  id: number;
  edition: Edition;
  slug: string;
  title: string;
  dek: string;
  imagePath: string | null;
  imageAlt: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  imageFocusX: number | null;
  imageFocusY: number | null;
  publishedAt: number | null;
  updatedAt: number;
  categoryId: number;
};

export type Page = { limit: number; offset: number };

export async function listLatestArticles(
  lang: Edition,
  { limit, offset }: Page,
  now = Date.now(),
): Promise<ArticleCard[]> {
  return await db
    .select(cardColumns())
    .from(articles)
    .where(and(eq(articles.edition, lang), isVisible(now)))
    .orderBy(desc(articles.publishedAt))
    .limit(limit)
    .offset(offset);
}

/** Breaking stories whose flag has not expired yet. */
export async function listBreakingArticles(lang: Edition, now = Date.now(), limit = 5): Promise<ArticleCard[]> {
  return await db
    .select(cardColumns())
    .from(articles)
    .where(
      and(
        eq(articles.edition, lang),
        eq(articles.breaking, true),
        or(isNull(articles.breakingUntil), gt(articles.breakingUntil, now)),
        isVisible(now),
      ),
    )
    .orderBy(desc(articles.publishedAt))
    .limit(limit);
}

export async function listFeaturedArticles(lang: Edition, limit: number, now = Date.now()): Promise<ArticleCard[]> {
  return await db
    .select(cardColumns())
    .from(articles)
    .where(and(eq(articles.edition, lang), eq(articles.featured, true), isVisible(now)))
    .orderBy(desc(articles.publishedAt))
    .limit(limit);
}

export async function listCategoryArticles(
  lang: Edition,
  categoryId: number,
  page: Page,
  now = Date.now(),
): Promise<ArticleCard[]> {
  return await db
    .select(cardColumns())
    .from(articles)
    .where(and(eq(articles.categoryId, categoryId), eq(articles.edition, lang), isVisible(now)))
    .orderBy(desc(articles.publishedAt))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countCategoryArticles(lang: Edition, categoryId: number, now = Date.now()): Promise<number> {
  const row = (
    await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(articles)
      .where(and(eq(articles.categoryId, categoryId), eq(articles.edition, lang), isVisible(now)))
      .limit(1)
  )[0];
  return row?.n ?? 0;
}

export async function listTagArticles(tagId: number, page: Page, now = Date.now()): Promise<ArticleCard[]> {
  return await db
    .select(cardColumns())
    .from(articleTags)
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(and(eq(articleTags.tagId, tagId), isVisible(now)))
    .orderBy(desc(articles.publishedAt))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countTagArticles(tagId: number, now = Date.now()): Promise<number> {
  const row = (
    await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(articleTags)
      .innerJoin(articles, eq(articles.id, articleTags.articleId))
      .where(and(eq(articleTags.tagId, tagId), isVisible(now)))
      .limit(1)
  )[0];
  return row?.n ?? 0;
}

export async function listAuthorArticles(
  lang: Edition,
  authorId: number,
  page: Page,
  now = Date.now(),
): Promise<ArticleCard[]> {
  return await db
    .select(cardColumns())
    .from(articles)
    .where(and(eq(articles.authorId, authorId), eq(articles.edition, lang), isVisible(now)))
    .orderBy(desc(articles.publishedAt))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countAuthorArticles(lang: Edition, authorId: number, now = Date.now()): Promise<number> {
  const row = (
    await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(articles)
      .where(and(eq(articles.authorId, authorId), eq(articles.edition, lang), isVisible(now)))
      .limit(1)
  )[0];
  return row?.n ?? 0;
}

/** Newest stories from the same section, without the article itself. */
export async function listRelatedArticles(
  article: { id: number; edition: Edition; categoryId: number },
  limit = 4,
  now = Date.now(),
): Promise<ArticleCard[]> {
  return await db
    .select(cardColumns())
    .from(articles)
    .where(
      and(
        eq(articles.categoryId, article.categoryId),
        eq(articles.edition, article.edition),
        ne(articles.id, article.id),
        isVisible(now),
      ),
    )
    .orderBy(desc(articles.publishedAt))
    .limit(limit);
}

/** One published article with what its page shows around it, or null. */
export async function getPublishedArticle(lang: Edition, slug: string, now = Date.now()) {
  const row = (
    await db
      .select({
        article: articles,
        author: { name: users.name, nameGu: users.nameGu, slug: users.slug },
        category: categories,
      })
      .from(articles)
      .innerJoin(users, eq(users.id, articles.authorId))
      .innerJoin(categories, eq(categories.id, articles.categoryId))
      .where(and(eq(articles.edition, lang), eq(articles.slug, slug), isVisible(now)))
      .limit(1)
  )[0];
  if (!row) return null;
  const translation = row.article.translationId
    ? ((
        await db
          .select({ edition: articles.edition, slug: articles.slug, title: articles.title })
          .from(articles)
          .where(and(eq(articles.id, row.article.translationId), isVisible(now)))
          .limit(1)
      )[0] ?? null)
    : null;
  return { ...row, translation };
}

export type PublishedArticle = NonNullable<Awaited<ReturnType<typeof getPublishedArticle>>>;
