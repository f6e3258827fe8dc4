import "server-only";
import { getPublishedLiveBlog, listLiveArticleIds } from "@/db/queries/live-updates";
import type { Edition } from "@/db/schema";
import { tags } from "@/lib/cache-tags";
import { coverageEnd, liveState } from "@/lib/live-blog";
import { cachedRead } from "./cached-read";

// A live story's updates, read under the article's tag: the page and its live.json are one version
// of the same data, and writing an update expires both (app/admin/articles/[id]/live/live-write.ts).

/**
 * `{ feed: null }` for a published story that is not a live blog, cached like a feed (wrapped, so the
 * miss is kept under the story's tag and starting coverage expires it). Call only for a story that
 * exists (after getArticle), so unknown slugs never reach the cache.
 */
export const getLiveBlogFeed = cachedRead(
  "live",
  async (lang: Edition, slug: string) => {
    const blog = await getPublishedLiveBlog(lang, slug);
    if (!blog) return { feed: null };
    const { pinned, updates } = blog;
    return {
      feed: {
        state: liveState(blog),
        startedAt: blog.startedAt,
        endsAt: coverageEnd(blog),
        pinned,
        updates: pinned ? updates.filter((u) => u.id !== pinned.id) : updates,
      },
    };
  },
  (lang, slug) => [tags.article(lang, slug)],
);

/** Stories of the edition live right now, for the "LIVE" label on their cards. */
export const getLiveStoryIds = cachedRead(
  "live-ids",
  (lang: Edition) => listLiveArticleIds(lang),
  (lang) => [tags.home(lang)],
);
