import { getNavigation } from "@/app/(site)/reads/pages";
import { getCategoryFeed } from "@/app/(site)/reads/feeds";
import { isEdition } from "@/lib/i18n";
import { rssResponse, xmlNotFound } from "@/lib/xml";

// Rendered on first request, then served whole from the page cache until a write to the
// edition (or section) expires its tag; never at build time.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/[lang]/category/[slug]/feed.xml">) {
  const { lang, slug } = await params;
  if (!isEdition(lang)) return xmlNotFound();
  const category = (await getNavigation()).find((c) => c.slug === slug);
  if (!category) return xmlNotFound();
  return rssResponse(await getCategoryFeed(lang, category));
}
