import { notFound } from "next/navigation";
import type { Edition } from "@/db/schema";
import { editionOrNotFound } from "./edition";
import { pageCount, parsePage } from "./pagination";
import { site } from "./site";
import { slugParam } from "./slug-param";

type Loader<T> = (lang: Edition, slug: string, page: number) => Promise<(T & { total: number }) | null>;
type ListingParams = { lang: string; slug: string; page?: string };

/**
 * Reads a paginated listing from its path (`/gu/category/gujarat/page/2`), or 404s: unknown
 * edition or slug, a junk page number, `/page/1` (the listing itself is page 1), a page past the end.
 */
export async function loadListing<T>(params: Promise<ListingParams>, loader: Loader<T>) {
  const { lang: rawLang, slug: rawSlug, page: rawPage } = await params;
  const lang = editionOrNotFound(rawLang);
  const slug = slugParam(rawSlug);
  const page = parsePage(rawPage);
  if (!slug || page === null || (rawPage !== undefined && page === 1)) notFound();
  const data = await loader(lang, slug, page);
  if (!data) notFound();
  const pages = pageCount(data.total, site.pageSize);
  if (page > pages) notFound();
  return { lang, slug, page, pages, data };
}
