// The URLs whose HTML or XML is the same for every reader. Their pages read no cookies,
// headers, session or search params (search reads only its query), so the front cache
// fetches them without the reader's cookies and may hand one copy to everybody.
const edition = "(?:gu|en)";
const publicPatterns = [
  new RegExp(`^/${edition}$`),
  new RegExp(`^/${edition}/article/[^/]+(?:/comments/(?:oldest|newest)/\\d+|/live\\.json)?$`),
  new RegExp(`^/${edition}/(?:category|tag|author)/[^/]+(?:/page/\\d+)?$`),
  new RegExp(`^/${edition}/(?:category/[^/]+/)?feed\\.xml$`),
  /^\/sitemap\.xml$/,
  /^\/sitemaps\/[^/]+(?:\/[^/]+)?$/,
  /^\/robots\.txt$/,
];

/** Search results are the same for everyone; they are shared briefly rather than per version. */
const searchPattern = new RegExp(`^/${edition}/search$`);

/** Signed preview links: per request and per person, never cached, framed by the newsroom's preview page. */
const previewPattern = new RegExp(`^/${edition}/preview/[^/]+$`);
export const isPreviewPath = (pathname: string) => previewPattern.test(pathname);

export type RouteKind = "versioned" | "search" | "other";

export function routeKind(pathname: string): RouteKind {
  if (isPreviewPath(pathname)) return "other";
  if (searchPattern.test(pathname)) return "search";
  return publicPatterns.some((pattern) => pattern.test(pathname)) ? "versioned" : "other";
}
