import "server-only";
import { updateTag } from "next/cache";
import type { ArticleCacheView } from "@/db/queries/article-cache-view";
import { tags } from "@/lib/cache-tags";

/**
 * Every cached reader page an article appears on: its own page, its edition's home (and
 * feed), its section (and section feed), its tags, its author, and its translation's page
 * (which links to it). A draft or deleted article appears nowhere.
 */
export function articleCacheTags(view: ArticleCacheView | null): string[] {
  if (!view?.listed) return [];
  const { edition } = view;
  return [
    tags.home(edition),
    tags.article(edition, view.slug),
    tags.category(edition, view.categorySlug),
    ...view.tagSlugs.map((slug) => tags.tag(edition, slug)),
    ...(view.authorSlug ? [tags.author(edition, view.authorSlug)] : []),
    ...(view.translation ? [tags.article(view.translation.edition, view.translation.slug)] : []),
  ];
}

/** The tags to refresh when an article goes from `before` to `after`: where it was and where it is now. */
export function tagsForArticleChange(before: ArticleCacheView | null, after: ArticleCacheView | null): string[] {
  return [...new Set([...articleCacheTags(before), ...articleCacheTags(after)])];
}

/**
 * Called by every newsroom action that publishes, edits, unpublishes or deletes an article.
 * updateTag (Server Actions only) expires the entries at once, so the next reader waits for
 * fresh content instead of being served the old page once more.
 */
export function refreshArticleCaches(before: ArticleCacheView | null, after: ArticleCacheView | null): string[] {
  const changed = tagsForArticleChange(before, after);
  expireTags(...changed);
  return changed;
}

const frontCache = Symbol.for("khabar-setu.page-cache");

/**
 * The one way a write refreshes what readers see: the tags expire at once in Next's caches,
 * and the front server's copies of whole pages (server/front-server.ts) are dropped. Under
 * plain `next start` there is no front cache and only the tags expire.
 */
export function expireTags(...changed: string[]) {
  for (const tag of changed) updateTag(tag);
  (globalThis as Record<symbol, { purge(): void } | undefined>)[frontCache]?.purge();
}
