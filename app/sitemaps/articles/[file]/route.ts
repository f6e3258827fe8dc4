import { getSitemapArticles } from "@/app/(site)/reads/sitemaps";
import { paths } from "@/lib/paths";
import { absoluteUrl } from "@/lib/site";
import { hreflangs, urlsetXml, urlsPerSitemap } from "@/lib/sitemap-xml";
import { xmlNotFound, xmlResponse } from "@/lib/xml";

export const dynamic = "force-dynamic";

// /sitemaps/articles/N.xml lists articles with ids (N-1)·50,000+1 … N·50,000, so
// an article stays in the same file for life and no file passes the protocol's limit.
export async function GET(_request: Request, { params }: RouteContext<"/sitemaps/articles/[file]">) {
  const match = /^([1-9]\d{0,6})\.xml$/.exec((await params).file);
  if (!match) return xmlNotFound();
  const block = Number(match[1]) - 1;
  const rows = await getSitemapArticles(block * urlsPerSitemap + 1, (block + 1) * urlsPerSitemap);
  if (rows.length === 0 && block > 0) return xmlNotFound();
  const urls = rows.map((row) => {
    const self = { lang: row.edition, path: paths.article(row.edition, row.slug) };
    const other =
      row.translationEdition && row.translationSlug
        ? { lang: row.translationEdition, path: paths.article(row.translationEdition, row.translationSlug) }
        : null;
    return { loc: absoluteUrl(self.path), lastmod: row.updatedAt, languages: hreflangs(self, other) };
  });
  return xmlResponse(urlsetXml(urls), "application/xml", "public, s-maxage=600");
}
