import "server-only";
import { getArticleCacheView } from "@/db/queries/article-cache-view";
import { listFeaturingArticleIds } from "@/db/queries/media";
import { articleCacheTags, expireTags } from "@/app/(site)/reads/refresh";

/**
 * After a credit or focal point changes: the pages of the stories featuring the image (their
 * article page, edition home, section, tags and author listings). Related-story cards on other
 * articles catch up within the cache's freshness limit.
 */
export async function refreshPagesShowing(path: string) {
  const changed = new Set<string>();
  for (const id of await listFeaturingArticleIds(path))
    for (const tag of articleCacheTags(await getArticleCacheView(id))) changed.add(tag);
  if (changed.size > 0) expireTags(...changed);
}
