import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/pagination";
import { SearchForm } from "@/components/search-form";
import { SearchResult } from "@/components/search-result";
import { getNavigation } from "@/app/(site)/reads/pages";
import { searchStories } from "@/app/(site)/reads/search";
import { feedLinks } from "@/lib/feed-links";
import { editionOrNotFound } from "@/app/(site)/[lang]/edition";
import { type Dictionary, fill, getDictionary, otherEdition } from "@/lib/i18n";
import { pageCount, parsePage } from "@/lib/pagination";
import { paths } from "@/lib/paths";
import { normaliseSearchInput } from "@/lib/search-query";
import { site } from "@/lib/site";

type Props = PageProps<"/[lang]/search">;

// Rendered per request; the front server shares a results page for a few seconds (it is the
// same for everyone: this page reads no cookies) and empties that copy on every newsroom write.
export const dynamic = "force-dynamic";

async function readParams({ params, searchParams }: Props) {
  const [{ lang: rawLang }, query] = await Promise.all([params, searchParams]);
  const lang = editionOrNotFound(rawLang);
  const page = parsePage(query.page);
  const section = typeof query.section === "string" ? query.section : "";
  if (page === null || section.length > 100) notFound();
  return { lang, page, section, q: normaliseSearchInput(query.q) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { lang, page, section, q } = await readParams(props);
  const dict = getDictionary(lang);
  const title = q ? fill(dict.search.resultsFor, { query: q }) : dict.search.heading;
  return {
    title: page > 1 ? `${title} – ${fill(dict.pagination.page, { page })}` : title,
    description: dict.search.description,
    robots: { index: false, follow: true },
    alternates: { canonical: paths.search(lang, q, section, page), types: feedLinks(lang) },
  };
}

function summary(dict: Dictionary, q: string, total: number, more: boolean): string {
  if (!q) return dict.search.prompt;
  if (total === 0) return fill(dict.search.nothingFound, { query: q });
  if (more) return fill(dict.search.resultCountMore, { count: total.toLocaleString("en-IN") });
  return total === 1 ? dict.search.resultCountOne : fill(dict.search.resultCount, { count: total });
}

export default async function SearchPage(props: Props) {
  const { lang, page, section, q } = await readParams(props);
  const dict = getDictionary(lang);
  const categories = await getNavigation();
  const category = section ? categories.find((c) => c.slug === section) : undefined;
  if (section && !category) notFound();
  const { total, more, hits } = await searchStories(lang, q, page, category?.id);
  const pages = pageCount(total, site.pageSize);
  if (page > pages) notFound();
  const other = otherEdition(lang);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 text-3xl font-extrabold">
        {q ? fill(dict.search.resultsFor, { query: q }) : dict.search.heading}
      </h1>
      <SearchForm lang={lang} dict={dict} query={q} section={section} categories={categories} />
      <p role="status" className="mt-6 text-sm text-muted">
        {summary(dict, q, total, more)}
      </p>
      {hits.length > 0 ? (
        <ol className="mt-2">
          {hits.map((hit) => (
            <li key={hit.id}>
              <SearchResult hit={hit} />
            </li>
          ))}
        </ol>
      ) : null}
      <Pagination page={page} pages={pages} href={(p) => paths.search(lang, q, section, p)} dict={dict} />
      {q ? (
        <p className="mt-8 text-sm">
          <Link href={paths.search(other, q, section)} hrefLang={other} className="font-semibold text-brand underline">
            {dict.search.otherEdition}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
