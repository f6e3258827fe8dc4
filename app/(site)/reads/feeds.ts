import "server-only";
import { unstable_cache } from "next/cache";
import { listFeedArticles } from "@/db/queries/feed";
import { lifetime, scheduleKey } from "./cached-read";
import type { Category, Edition } from "@/db/schema";
import { tags } from "@/lib/cache-tags";
import { buildRss, type FeedItem } from "@/lib/feed";
import { fill, getDictionary } from "@/lib/i18n";
import { findMediaFile } from "@/lib/media";
import { paths } from "@/lib/paths";
import { siteName } from "@/lib/site";

const feedSize = 50;

async function withImageSizes(articles: Awaited<ReturnType<typeof listFeedArticles>>): Promise<FeedItem[]> {
  return Promise.all(
    articles.map(async (article) => ({
      ...article,
      imageBytes: article.imagePath ? ((await findMediaFile(article.imagePath))?.size ?? 0) : 0,
    })),
  );
}

// Cached as finished XML under the same tags as the pages they mirror, so a
// publish that refreshes the home or section page refreshes its feed too.
export async function getEditionFeed(lang: Edition): Promise<string> {
  return unstable_cache(
    async () => {
      const dict = getDictionary(lang);
      const name = siteName(lang);
      const articles = await withImageSizes(await listFeedArticles(lang, { limit: feedSize }));
      const channel = {
        lang,
        dict,
        title: fill(dict.feed.title, { site: name }),
        description: dict.home.description,
        path: paths.home(lang),
        feedPath: paths.feed(lang),
      };
      return buildRss(channel, articles);
    },
    ["feed", lang, await scheduleKey()],
    { tags: [tags.home(lang)], revalidate: await lifetime() },
  )();
}

/** Call only with a category that exists, so unknown slugs never reach the cache. */
export async function getCategoryFeed(lang: Edition, category: Category): Promise<string> {
  return unstable_cache(
    async () => {
      const dict = getDictionary(lang);
      const section = lang === "gu" ? category.nameGu : category.nameEn;
      const articles = await withImageSizes(await listFeedArticles(lang, { categoryId: category.id, limit: feedSize }));
      const channel = {
        lang,
        dict,
        title: fill(dict.feed.sectionTitle, { site: siteName(lang), section }),
        description: fill(dict.listing.categoryDescription, { section }),
        path: paths.category(lang, category.slug),
        feedPath: paths.categoryFeed(lang, category.slug),
      };
      return buildRss(channel, articles);
    },
    ["category-feed", lang, category.slug, String(category.id), await scheduleKey()],
    { tags: [tags.category(lang, category.slug), tags.navigation()], revalidate: await lifetime() },
  )();
}
