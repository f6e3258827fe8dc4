import "server-only";
import { and, desc, eq, gt, isNull, ne, or, sql } from "drizzle-orm";
import { db } from "../index";
import { articles, articleTags, categories, type Edition, users } from "../schema";
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

export function listLatestArticles(lang: Edition, { limit, offset }: Page, now = Date.now()): ArticleCard[] {
  return db
    .select(cardColumns)
    .from(articles)
    .where(and(eq(articles.edition, lang), isVisible(now)))
    .orderBy(desc(articles.publishedAt))
    .limit(limit)
    .offset(offset)
    .all();
}

/** Breaking stories whose flag has not expired yet. */
export function listBreakingArticles(lang: Edition, now = Date.now(), limit = 5): ArticleCard[] {
  return db
    .select(cardColumns)
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
    .limit(limit)
    .all();
}

export function listFeaturedArticles(lang: Edition, limit: number, now = Date.now()): ArticleCard[] {
  return db
    .select(cardColumns)
    .from(articles)
    .where(and(eq(articles.edition, lang), eq(articles.featured, true), isVisible(now)))
    .orderBy(desc(articles.publishedAt))
    .limit(limit)
    .all();
}

export function listCategoryArticles(lang: Edition, categoryId: number, page: Page, now = Date.now()): ArticleCard[] {
  return db
    .select(cardColumns)
    .from(articles)
    .where(and(eq(articles.categoryId, categoryId), eq(articles.edition, lang), isVisible(now)))
    .orderBy(desc(articles.publishedAt))
    .limit(page.limit)
    .offset(page.offset)
    .all();
}

export function countCategoryArticles(lang: Edition, categoryId: number, now = Date.now()): number {
  const row = db
    .select({ n: sql<number>`count(*)` })
    .from(articles)
    .where(and(eq(articles.categoryId, categoryId), eq(articles.edition, lang), isVisible(now)))
    .get();
  return row?.n ?? 0;
}

export function listTagArticles(tagId: number, page: Page, now = Date.now()): ArticleCard[] {
  return db
    .select(cardColumns)
    .from(articleTags)
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(and(eq(articleTags.tagId, tagId), isVisible(now)))
    .orderBy(desc(articles.publishedAt))
    .limit(page.limit)
    .offset(page.offset)
    .all();
}

export function countTagArticles(tagId: number, now = Date.now()): number {
  const row = db
    .select({ n: sql<number>`count(*)` })
    .from(articleTags)
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(and(eq(articleTags.tagId, tagId), isVisible(now)))
    .get();
  return row?.n ?? 0;
}

export function listAuthorArticles(lang: Edition, authorId: number, page: Page, now = Date.now()): ArticleCard[] {
  return db
    .select(cardColumns)
    .from(articles)
    .where(and(eq(articles.authorId, authorId), eq(articles.edition, lang), isVisible(now)))
    .orderBy(desc(articles.publishedAt))
    .limit(page.limit)
    .offset(page.offset)
    .all();
}

export function countAuthorArticles(lang: Edition, authorId: number, now = Date.now()): number {
  const row = db
    .select({ n: sql<number>`count(*)` })
    .from(articles)
    .where(and(eq(articles.authorId, authorId), eq(articles.edition, lang), isVisible(now)))
    .get();
  return row?.n ?? 0;
}

/** Newest stories from the same section, without the article itself. */
export function listRelatedArticles(
  article: { id: number; edition: Edition; categoryId: number },
  limit = 4,
  now = Date.now(),
): ArticleCard[] {
  return db
    .select(cardColumns)
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
    .limit(limit)
    .all();
}

/** One published article with what its page shows around it, or null. */
export function getPublishedArticle(lang: Edition, slug: string, now = Date.now()) {
  const row = db
    .select({
      article: articles,
      author: { name: users.name, nameGu: users.nameGu, slug: users.slug },
      category: categories,
    })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(eq(articles.edition, lang), eq(articles.slug, slug), isVisible(now)))
    .get();
  if (!row) return null;
  const translation = row.article.translationId
    ? (db
        .select({ edition: articles.edition, slug: articles.slug, title: articles.title })
        .from(articles)
        .where(and(eq(articles.id, row.article.translationId), isVisible(now)))
        .get() ?? null)
    : null;
  return { ...row, translation };
}

export type PublishedArticle = NonNullable<ReturnType<typeof getPublishedArticle>>;
