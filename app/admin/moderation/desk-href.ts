import type { DeskSearch } from "./schema";

/** The desk's address for a queue, its filters and a page position; defaults are left out. */
export function deskHref({ queue, article, author, after }: Partial<DeskSearch>): string {
  const params = new URLSearchParams();
  if (queue && queue !== "pending") params.set("queue", queue);
  if (article) params.set("article", article);
  if (author) params.set("author", author);
  if (after) params.set("after", after);
  const query = params.toString();
  return `/admin/moderation${query ? `?${query}` : ""}`;
}
