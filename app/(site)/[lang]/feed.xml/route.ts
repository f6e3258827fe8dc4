import { getEditionFeed } from "@/lib/feed-content";
import { isEdition } from "@/lib/i18n";
import { rssResponse, xmlNotFound } from "@/lib/xml";

// Read on request (the XML itself is cached by tag), never at build time.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/[lang]/feed.xml">) {
  const { lang } = await params;
  if (!isEdition(lang)) return xmlNotFound();
  return rssResponse(await getEditionFeed(lang));
}
