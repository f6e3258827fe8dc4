import { getLiveBlogFeed } from "@/app/(site)/reads/live";
import { getArticle } from "@/app/(site)/reads/pages";
import { isEdition } from "@/lib/i18n";
import { slugParam } from "@/lib/slug-param";

// The updates of a live story as JSON, polled by readers' open pages (components/live-updates-feed.tsx).
// The same for every reader: rendered once per version, served whole from the page cache with the
// public short s-maxage, and expired by every write to the live blog.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

const notFound = () => Response.json({ error: "not found" }, { status: 404 });

export async function GET(_request: Request, { params }: RouteContext<"/[lang]/article/[slug]/live.json">) {
  const { lang, slug: rawSlug } = await params;
  const slug = slugParam(rawSlug);
  if (!isEdition(lang) || !slug || !(await getArticle(lang, slug))) return notFound();
  const { feed } = await getLiveBlogFeed(lang, slug);
  if (!feed) return notFound();
  const { state, endsAt, pinned, updates } = feed;
  return Response.json({ state, endsAt, pinned, updates });
}
