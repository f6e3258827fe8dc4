/** The library's own address for a search and a page. */
export function mediaHref({ q, page }: { q?: string; page?: number }): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (page && page > 1) params.set("page", String(page));
  const query = params.toString();
  return `/admin/media${query ? `?${query}` : ""}`;
}
