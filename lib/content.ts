import { unstable_cache } from "next/cache";
import { cache } from "react";
import * as articleQueries from "@/db/queries/articles";
import * as commentQueries from "@/db/queries/comments";
import * as taxonomy from "@/db/queries/taxonomy";
import { listArticleCorrections } from "@/db/queries/revisions";
import type { Edition } from "@/db/schema";
import { getModerationSettings } from "./moderation-settings";
import type { CommentOrder } from "./comments/thread";
import { freshness, tags } from "./cache-tags";
import { site } from "./site";

class Missing extends Error {}

// The portal's reads, cached across requests by tag and de-duplicated within a
// render (so generateMetadata and the page share one read). A miss (null) is
// thrown past the cache so junk URLs cannot fill it.
function cachedRead<A extends (string | number)[], R>(name: string, read: (...args: A) => R, tagsFor: (...args: A) => string[]) {
  return cache(async (...args: A): Promise<R> => {
    const load = unstable_cache(
      async () => {
        const value = read(...args);
        if (value === null) throw new Missing();
        return value;
      },
      [name, ...args.map(String)],
      { tags: tagsFor(...args), revalidate: freshness },
    );
    try {
      return await load();
    } catch (error) {
      if (error instanceof Missing) return null as R;
      throw error;
    }
  });
}

const pageOf = (page: number) => ({ limit: site.pageSize, offset: (page - 1) * site.pageSize });

export const getNavigation = cachedRead("navigation", () => taxonomy.listCategories(), () => [tags.navigation()]);

/** The moderation settings as article pages need them, without a query per view. */
export const getCachedModerationSettings = cachedRead("settings", () => getModerationSettings(), () => [tags.settings()]);

export const getHome = cachedRead(
  "home",
  (lang: Edition) => {
    const categories = taxonomy.listCategories();
    return {
      breaking: articleQueries.listBreakingArticles(lang),
      featured: articleQueries.listFeaturedArticles(lang, 4),
      latest: articleQueries.listLatestArticles(lang, { limit: 13, offset: 0 }),
      sections: categories.map((category) => ({
        category,
        stories: articleQueries.listCategoryArticles(lang, category.id, { limit: 4, offset: 0 }),
      })),
    };
  },
  (lang) => [tags.home(lang), tags.navigation()],
);

export const getArticle = cachedRead(
  "article",
  (lang: Edition, slug: string) => {
    const found = articleQueries.getPublishedArticle(lang, slug);
    if (!found) return null;
    const id = found.article.id;
    return {
      ...found,
      tags: taxonomy.listArticleTags(id),
      related: articleQueries.listRelatedArticles(found.article),
      corrections: listArticleCorrections(id),
    };
  },
  (lang, slug) => [tags.article(lang, slug)],
);

/** The approved thread under an article; the viewer's own pending comments are read per request, outside the cache. */
export const getCommentThread = cachedRead(
  "comment-thread",
  (lang: Edition, slug: string, articleId: number, order: CommentOrder, limit: number) =>
    commentQueries.listThreadComments(articleId, { order, limit }),
  (lang, slug, articleId) => [tags.article(lang, slug), tags.comments(articleId)],
);

export const getCategoryPage = cachedRead(
  "category",
  (lang: Edition, slug: string, page: number) => {
    const category = taxonomy.getCategoryBySlug(slug);
    if (!category) return null;
    return {
      category,
      total: articleQueries.countCategoryArticles(lang, category.id),
      stories: articleQueries.listCategoryArticles(lang, category.id, pageOf(page)),
    };
  },
  (lang, slug) => [tags.category(lang, slug), tags.navigation()],
);

export const getTagPage = cachedRead(
  "tag",
  (lang: Edition, slug: string, page: number) => {
    const tag = taxonomy.getTagBySlug(lang, slug);
    if (!tag) return null;
    return {
      tag,
      total: articleQueries.countTagArticles(tag.id),
      stories: articleQueries.listTagArticles(tag.id, pageOf(page)),
    };
  },
  (lang, slug) => [tags.tag(lang, slug)],
);

export const getAuthorPage = cachedRead(
  "author",
  (lang: Edition, slug: string, page: number) => {
    const author = taxonomy.getAuthorBySlug(slug);
    if (!author) return null;
    return {
      author,
      total: articleQueries.countAuthorArticles(lang, author.id),
      stories: articleQueries.listAuthorArticles(lang, author.id, pageOf(page)),
    };
  },
  (lang, slug) => [tags.author(lang, slug)],
);

export type HomeData = Awaited<ReturnType<typeof getHome>>;
export type ArticleData = NonNullable<Awaited<ReturnType<typeof getArticle>>>;
