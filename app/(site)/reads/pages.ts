import "server-only";
import * as articleQueries from "@/db/queries/articles";
import { getMediaByPath, getMediaSizes } from "@/db/queries/media";
import { listArticleCorrections } from "@/db/queries/revisions";
import * as taxonomy from "@/db/queries/taxonomy";
import type { Edition } from "@/db/schema";
import { tags } from "@/lib/cache-tags";
import { mediaPathsIn, renderMarkdown } from "@/lib/markdown";
import { getModerationSettings } from "@/app/(site)/reads/moderation-settings";
import { site } from "@/lib/site";
import { cachedRead } from "./cached-read";

// Every read a public page makes goes through app/(site)/reads/: cached by tag, so pages are
// rendered once per version of their data (README, "Caching").

const pageOf = (page: number) => ({ limit: site.pageSize, offset: (page - 1) * site.pageSize });

export const getNavigation = cachedRead(
  "navigation",
  () => taxonomy.listCategories(),
  () => [tags.navigation()],
);

/** The moderation settings as article pages need them, without a query per view. */
export const getCachedModerationSettings = cachedRead(
  "settings",
  () => getModerationSettings(),
  () => [tags.settings()],
);

export const getHome = cachedRead(
  "home",
  async (lang: Edition) => {
    const categories = await taxonomy.listCategories();
    return {
      breaking: await articleQueries.listBreakingArticles(lang),
      featured: await articleQueries.listFeaturedArticles(lang, 4),
      latest: await articleQueries.listLatestArticles(lang, { limit: 13, offset: 0 }),
      sections: await Promise.all(
        categories.map(async (category) => ({
          category,
          stories: await articleQueries.listCategoryArticles(lang, category.id, { limit: 4, offset: 0 }),
        })),
      ),
    };
  },
  (lang) => [tags.home(lang), tags.navigation()],
);

/** The article with its body already rendered and sanitised: once per version, never per view. */
export const getArticle = cachedRead(
  "article",
  async (lang: Edition, slug: string) => {
    const found = await articleQueries.getPublishedArticle(lang, slug);
    if (!found) return null;
    const id = found.article.id;
    const { body, ...article } = found.article;
    // The library's credit and focal point for the featured image, and the sizes of inline images.
    const image = article.imagePath ? await getMediaByPath(article.imagePath) : null;
    const credit = image ? (lang === "gu" ? image.creditGu : image.creditEn) : "";
    return {
      ...found,
      article: {
        ...article,
        bodyHtml: renderMarkdown(body, await getMediaSizes(mediaPathsIn(body))),
        imageCredit: credit,
        imageFocusX: image?.focalX ?? null,
        imageFocusY: image?.focalY ?? null,
      },
      tags: await taxonomy.listArticleTags(id),
      related: await articleQueries.listRelatedArticles(found.article),
      corrections: await listArticleCorrections(id),
    };
  },
  (lang, slug) => [tags.article(lang, slug)],
);

export const getCategoryPage = cachedRead(
  "category",
  async (lang: Edition, slug: string, page: number) => {
    const category = await taxonomy.getCategoryBySlug(slug);
    if (!category) return null;
    return {
      category,
      total: await articleQueries.countCategoryArticles(lang, category.id),
      stories: await articleQueries.listCategoryArticles(lang, category.id, pageOf(page)),
    };
  },
  (lang, slug) => [tags.category(lang, slug), tags.navigation()],
);

export const getTagPage = cachedRead(
  "tag",
  async (lang: Edition, slug: string, page: number) => {
    const tag = await taxonomy.getTagBySlug(lang, slug);
    if (!tag) return null;
    return {
      tag,
      total: await articleQueries.countTagArticles(tag.id),
      stories: await articleQueries.listTagArticles(tag.id, pageOf(page)),
    };
  },
  (lang, slug) => [tags.tag(lang, slug)],
);

export const getAuthorPage = cachedRead(
  "author",
  async (lang: Edition, slug: string, page: number) => {
    const author = await taxonomy.getAuthorBySlug(slug);
    if (!author) return null;
    return {
      author,
      total: await articleQueries.countAuthorArticles(lang, author.id),
      stories: await articleQueries.listAuthorArticles(lang, author.id, pageOf(page)),
    };
  },
  (lang, slug) => [tags.author(lang, slug)],
);

export type HomeData = Awaited<ReturnType<typeof getHome>>;
export type ArticleData = NonNullable<Awaited<ReturnType<typeof getArticle>>>;
