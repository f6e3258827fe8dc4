import "server-only";
import { eq } from "drizzle-orm";
import { db } from "../index";
import { articles, articleTags, categories, type Edition, tags, users } from "../schema";

/** What decides which cached reader pages show an article. */
export type ArticleCacheView = {
  edition: Edition;
  slug: string;
  /** Shown to readers now or at its scheduled time: not a draft, not deleted. */
  listed: boolean;
  categorySlug: string;
  authorSlug: string | null;
  tagSlugs: string[];
  translation: { edition: Edition; slug: string } | null;
};

export function getArticleCacheView(id: number): ArticleCacheView | null {
  const row = db
    .select({ article: articles, categorySlug: categories.slug, authorSlug: users.slug })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(eq(articles.id, id))
    .get();
  if (!row) return null;
  const { article } = row;
  const tagSlugs = db
    .select({ slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id))
    .all();
  const translation = article.translationId
    ? (db
        .select({ edition: articles.edition, slug: articles.slug })
        .from(articles)
        .where(eq(articles.id, article.translationId))
        .get() ?? null)
    : null;
  return {
    edition: article.edition,
    slug: article.slug,
    listed: article.status !== "draft" && article.deletedAt === null,
    categorySlug: row.categorySlug,
    authorSlug: row.authorSlug,
    tagSlugs: tagSlugs.map((t) => t.slug),
    translation,
  };
}
