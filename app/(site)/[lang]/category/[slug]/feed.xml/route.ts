import { getNavigation } from "@/lib/content";
import { getCategoryFeed } from "@/lib/feed-content";
import { isEdition } from "@/lib/i18n";
import { rssResponse, xmlNotFound } from "@/lib/xml";

// Read on request (the XML itself is cached by tag), never at build time.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/[lang]/category/[slug]/feed.xml">) {
  const { lang, slug } = await params;
  if (!isEdition(lang)) return xmlNotFound();
  const category = (await getNavigation()).find((c) => c.slug === slug);
  if (!category) return xmlNotFound();
  return rssResponse(await getCategoryFeed(lang, category));
}
