import { getEditionFeed } from "@/app/(site)/reads/feeds";
import { isEdition } from "@/lib/i18n";
import { rssResponse, xmlNotFound } from "@/lib/xml";

// Rendered on first request, then served whole from the page cache until a write to the
// edition (or section) expires its tag; never at build time.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/[lang]/feed.xml">) {
  const { lang } = await params;
  if (!isEdition(lang)) return xmlNotFound();
  return rssResponse(await getEditionFeed(lang));
}
