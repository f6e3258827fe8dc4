import { getSitemapBlocks } from "@/app/(site)/reads/sitemaps";
import { absoluteUrl } from "@/lib/site";
import { sitemapIndexXml, urlsPerSitemap } from "@/lib/sitemap-xml";
import { xmlResponse } from "@/lib/xml";

// Read on request, never at build time: `next build` must not need the database.
export const dynamic = "force-dynamic";

export async function GET() {
  const articleSitemaps = (await getSitemapBlocks(urlsPerSitemap)).map(({ block, lastmod }) => ({
    loc: absoluteUrl(`/sitemaps/articles/${block + 1}.xml`),
    lastmod,
  }));
  const body = sitemapIndexXml([
    { loc: absoluteUrl("/sitemaps/pages.xml") },
    { loc: absoluteUrl("/sitemaps/news.xml") },
    ...articleSitemaps,
  ]);
  return xmlResponse(body, "application/xml", "public, s-maxage=600");
}
