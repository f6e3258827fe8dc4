import type { Edition } from "@/db/schema";
import { editionOrNotFound } from "./edition";
import { pageCount, parsePage } from "@/lib/pagination";
import { site } from "@/lib/site";
import { slugParam } from "@/lib/slug-param";

type Loader<T> = (lang: Edition, slug: string, page: number) => Promise<(T & { total: number }) | null>;
type ListingParams = { lang: string; slug: string; page?: string };
export type Listing<T> = { slug: string; page: number; pages: number; data: T & { total: number } };

/**
 * Reads a paginated listing from its path (`/gu/category/gujarat/page/2`). `listing` is null for
 * an address that is no page: unknown slug, a junk page number, `/page/1` (the listing itself is
 * page 1), a page past the end; the page then draws its edition's 404 (../edition-missing.tsx).
 */
export async function loadListing<T>(
  params: Promise<ListingParams>,
  loader: Loader<T>,
): Promise<{ lang: Edition; listing: Listing<T> | null }> {
  const { lang: rawLang, slug: rawSlug, page: rawPage } = await params;
  const lang = editionOrNotFound(rawLang);
  const slug = slugParam(rawSlug);
  const page = parsePage(rawPage);
  if (!slug || page === null || (rawPage !== undefined && page === 1)) return { lang, listing: null };
  const data = await loader(lang, slug, page);
  if (!data) return { lang, listing: null };
  const pages = pageCount(data.total, site.pageSize);
  if (page > pages) return { lang, listing: null };
  return { lang, listing: { slug, page, pages, data } };
}
