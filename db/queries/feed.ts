import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { db } from "../index";
import { type Edition } from "../schema";
import { articles, categories, users } from "../tables";
import { isVisible } from "./visibility";

/** The newest published articles of an edition, or of one section, with what a feed item shows. */
export async function listFeedArticles(
  lang: Edition,
  { categoryId, limit = 50 }: { categoryId?: number; limit?: number } = {},
  now = Date.now(),
) {
  return await db
    .select({
      id: articles.id,
      edition: articles.edition,
      slug: articles.slug,
      title: articles.title,
      dek: articles.dek,
      body: articles.body,
      imagePath: articles.imagePath,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      author: { name: users.name, nameGu: users.nameGu, slug: users.slug },
      category: { slug: categories.slug, nameEn: categories.nameEn, nameGu: categories.nameGu },
    })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(
      and(eq(articles.edition, lang), isVisible(now), categoryId ? eq(articles.categoryId, categoryId) : undefined),
    )
    .orderBy(desc(articles.publishedAt))
    .limit(limit);
}

export type FeedArticle = Awaited<ReturnType<typeof listFeedArticles>>[number];
