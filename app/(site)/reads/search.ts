import { countSearchResults, searchArticles } from "@/db/queries/search";
import type { Edition } from "@/db/schema";
import { site } from "@/lib/site";

/**
 * One page of search results. Not cached by tag: queries are endless one-offs; the whole
 * results page is shared for a few seconds by the front cache instead (server/cache-policy.ts).
 */
export function searchStories(lang: Edition, q: string, page: number, categoryId?: number) {
  const total = q ? countSearchResults(lang, q, { categoryId }) : 0;
  const offset = (page - 1) * site.pageSize;
  const hits = total > offset ? searchArticles(lang, q, { limit: site.pageSize, offset, categoryId }) : [];
  return { total, hits };
}
