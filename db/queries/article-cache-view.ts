import "server-only";
import { eq } from "drizzle-orm";
import { db } from "../index";
import { type Edition } from "../schema";
import { articles, articleTags, categories, tags, users } from "../tables";

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

export async function getArticleCacheView(id: number): Promise<ArticleCacheView | null> {
  const row = (
    await db
      .select({ article: articles, categorySlug: categories.slug, authorSlug: users.slug })
      .from(articles)
      .innerJoin(categories, eq(categories.id, articles.categoryId))
      .innerJoin(users, eq(users.id, articles.authorId))
      .where(eq(articles.id, id))
      .limit(1)
  )[0];
  if (!row) return null;
  const { article } = row;
  const tagSlugs = await db
    .select({ slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id));
  const translation = article.translationId
    ? ((
        await db
          .select({ edition: articles.edition, slug: articles.slug })
          .from(articles)
          .where(eq(articles.id, article.translationId))
          .limit(1)
      )[0] ?? null)
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
