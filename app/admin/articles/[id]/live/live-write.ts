import "server-only";
import { revalidatePath } from "next/cache";
import { getArticleCacheView } from "@/db/queries/article-cache-view";
import { tags } from "@/lib/cache-tags";
import { expireTags } from "@/app/(site)/reads/refresh";

/**
 * An update changes only the story's own page and its live JSON (both read under the article's
 * tag); cards show no updates, so the home and section pages keep their cached copies.
 */
export async function expireLivePage(articleId: number) {
  const view = await getArticleCacheView(articleId);
  if (view?.listed) expireTags(tags.article(view.edition, view.slug));
  refreshDesk(articleId);
}

/** The desk page shows the change too, whether or not readers can see the story yet. */
export function refreshDesk(articleId: number) {
  revalidatePath(`/admin/articles/${articleId}/live`);
}

/** The audit log's note for an update: its headline, or the start of its text. */
export function noteFor(headline: string | null, body: string): string {
  const text = headline ?? body.replace(/\s+/g, " ");
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
