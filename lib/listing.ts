import { notFound } from "next/navigation";
import type { Edition } from "@/db/schema";
import { editionOrNotFound } from "./edition";
import { pageCount, parsePage } from "./pagination";
import { site } from "./site";
import { slugParam } from "./slug-param";

type Loader<T> = (lang: Edition, slug: string, page: number) => Promise<(T & { total: number }) | null>;

/** Reads a paginated listing from route params, or 404s: unknown edition or slug, a junk page number, a page past the end. */
export async function loadListing<T>(
  params: Promise<{ lang: string; slug: string }>,
  searchParams: Promise<Record<string, string | string[] | undefined>>,
  loader: Loader<T>,
) {
  const [{ lang: rawLang, slug: rawSlug }, query] = await Promise.all([params, searchParams]);
  const lang = editionOrNotFound(rawLang);
  const slug = slugParam(rawSlug);
  const page = parsePage(query.page);
  if (!slug || page === null) notFound();
  const data = await loader(lang, slug, page);
  if (!data) notFound();
  const pages = pageCount(data.total, site.pageSize);
  if (page > pages) notFound();
  return { lang, slug, page, pages, data };
}
