import { getRecentlyPublished } from "@/app/(site)/reads/sitemaps";
import { paths } from "@/lib/paths";
import { absoluteUrl, siteName } from "@/lib/site";
import { newsSitemapXml } from "@/lib/sitemap-xml";
import { xmlResponse } from "@/lib/xml";

export const dynamic = "force-dynamic";

const twoDays = 48 * 3_600_000;

/** Google News sitemap: articles published in the last 48 hours. */
export async function GET() {
  const now = Date.now();
  const urls = (await getRecentlyPublished(now - twoDays, now)).map((article) => ({
    loc: absoluteUrl(paths.article(article.edition, article.slug)),
    publication: siteName(article.edition),
    language: article.edition,
    publishedAt: article.publishedAt ?? now,
    title: article.title,
  }));
  return xmlResponse(newsSitemapXml(urls), "application/xml", "public, s-maxage=300");
}
