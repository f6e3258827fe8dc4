import { getSectionLastmods, getSections } from "@/app/(site)/reads/sitemaps";
import { locales, otherEdition } from "@/lib/i18n";
import { paths } from "@/lib/paths";
import { absoluteUrl } from "@/lib/site";
import { hreflangs, type SitemapUrl, urlsetXml } from "@/lib/sitemap-xml";
import { xmlResponse } from "@/lib/xml";

export const dynamic = "force-dynamic";

/** Each edition's home and section pages, with their translations. */
export async function GET() {
  const categories = await getSections();
  const lastmods = await getSectionLastmods();
  // The newest change to an edition's stories, or to one section's; null when there are none.
  const newest = (lang: string, categoryId?: number) => {
    const times = lastmods
      .filter((l) => l.edition === lang && (categoryId === undefined || l.categoryId === categoryId))
      .map((l) => l.lastmod);
    return times.length ? Math.max(...times) : null;
  };
  const urls: SitemapUrl[] = locales.flatMap((lang) => {
    const other = otherEdition(lang);
    const home = { lang, path: paths.home(lang) };
    return [
      {
        loc: absoluteUrl(home.path),
        lastmod: newest(lang),
        languages: hreflangs(home, { lang: other, path: paths.home(other) }, "/"),
      },
      ...categories.map((category) => {
        const self = { lang, path: paths.category(lang, category.slug) };
        return {
          loc: absoluteUrl(self.path),
          lastmod: newest(lang, category.id),
          languages: hreflangs(self, { lang: other, path: paths.category(other, category.slug) }),
        };
      }),
    ];
  });
  return xmlResponse(urlsetXml(urls), "application/xml", "public, s-maxage=600");
}
