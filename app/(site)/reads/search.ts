import "server-only";
import { searchCap } from "@/db/queries/search";
import { searchStoriesPage } from "@/db/queries/search-engine";
import type { Edition } from "@/db/schema";
import { toMatchExpression, toTsQuery } from "@/lib/search-query";
import { site } from "@/lib/site";

/**
 * One page of search results. Not cached by tag: queries are endless one-offs; the whole
 * results page is shared for a few seconds by the front cache instead (server/cache-policy.ts).
 * A common word is ranked among its newest `searchCap` matches and counted as "more than" that.
 */
export async function searchStories(lang: Edition, q: string, page: number, categoryId?: number) {
  const offset = (page - 1) * site.pageSize;
  const { counted, hits } = await searchStoriesPage(
    lang,
    { match: toMatchExpression(q), tsQuery: toTsQuery(q) },
    { limit: site.pageSize, offset, categoryId },
  );
  return { total: Math.min(counted, searchCap), more: counted > searchCap, hits };
}
