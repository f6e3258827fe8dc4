import type { Metadata } from "next";
import Link from "next/link";
import { ArticleBulkBar } from "./article-bulk-bar";
import { ArticleFilters } from "./article-filters";
import { ArticleTable } from "./article-table";
import { Pagination } from "@/components/pagination";
import { countAdminArticles, listAdminArticles } from "@/db/queries/admin-articles";
import { fill } from "@/lib/i18n";
import { pageCount } from "@/lib/pagination";
import { newsroomPage } from "../newsroom-page";
import { getAdminDictionary } from "../admin-language";
import { restoreArticle } from "./actions";
import { bulkChangeArticles } from "./bulk-actions";
import { editorOptions } from "./editor-props";
import { filtersHref, readFilters } from "./filters";

const pageSize = 30;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getAdminDictionary()).t.articles.title };
}

export default async function ArticlesPage({ searchParams }: PageProps<"/admin/articles">) {
  const { filters, page } = readFilters(await searchParams);
  await newsroomPage(filtersHref(filters, page));
  const { lang, dict, t } = await getAdminDictionary();
  const total = await countAdminArticles(filters);
  const rows = await listAdminArticles(filters, { limit: pageSize, offset: (page - 1) * pageSize });
  const options = await editorOptions(lang);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t.articles.title}</h1>
        <Link
          href="/admin/articles/new"
          className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark"
        >
          {t.articles.new}
        </Link>
      </div>
      <ArticleFilters t={t} filters={filters} sections={options.sections} people={options.people} />
      <p role="status" className="font-semibold">
        {total === 1 ? t.articles.countOne : fill(t.articles.count, { count: total.toLocaleString("en-IN") })}
      </p>
      {/* Always there: after a bulk delete empties the list, its result must still be read out. */}
      <ArticleBulkBar formId="article-bulk" text={t.articles.bulk} action={bulkChangeArticles} />
      {rows.length === 0 ? (
        <p className="text-muted">{t.articles.none}</p>
      ) : (
        <ArticleTable lang={lang} t={t} rows={rows} restore={restoreArticle} bulkFormId="article-bulk" />
      )}
      <Pagination page={page} pages={pageCount(total, pageSize)} href={(p) => filtersHref(filters, p)} dict={dict} />
    </div>
  );
}
