import Link from "next/link";
import { TimeStamp } from "@/components/time-stamp";
import type { AdminArticleRow } from "@/db/queries/admin-articles";
import type { Edition } from "@/db/schema";
import { formatDateTime } from "@/lib/format";
import { type Dictionary, fill } from "@/lib/i18n";
import { ArticleStateBadge } from "./article-state-badge";

type Props = {
  lang: Edition;
  t: Dictionary["admin"];
  rows: AdminArticleRow[];
  restore: (formData: FormData) => Promise<void>;
  bulkFormId: string;
};

export function ArticleTable({ lang, t, rows, restore, bulkFormId }: Props) {
  const c = t.articles.columns;
  const cell = "border-b border-line px-3 py-2 align-top";
  return (
    <div className="overflow-x-auto rounded border border-line bg-paper">
      <table className="w-full text-left text-sm">
        <thead className="bg-wash">
          <tr>
            <td className={cell} />
            {[c.title, c.edition, c.section, c.author, c.state, c.updated, c.actions].map((h) => (
              <th key={h} scope="col" className={`${cell} font-bold`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className={cell}>
                <input
                  type="checkbox"
                  name="ids"
                  value={row.id}
                  form={bulkFormId}
                  aria-label={fill(t.articles.bulk.select, { title: row.title })}
                  className="size-5 accent-brand"
                />
              </td>
              <th scope="row" className={`${cell} font-semibold`}>
                <Link
                  href={`/admin/articles/${row.id}`}
                  lang={row.edition}
                  className="hover:text-brand hover:underline"
                >
                  {row.title}
                </Link>
              </th>
              <td className={cell}>{t.articles.editions[row.edition]}</td>
              <td className={cell}>{lang === "gu" ? row.section.nameGu : row.section.nameEn}</td>
              <td className={cell}>{lang === "gu" ? (row.author.nameGu ?? row.author.name) : row.author.name}</td>
              <td className={cell}>
                <ArticleStateBadge state={row.state} label={t.articles.states[row.state]} />
                {row.state === "scheduled" && row.publishedAt ? (
                  <span className="mt-1 block text-xs text-muted">
                    {fill(t.articles.scheduledFor, { date: formatDateTime(row.publishedAt, lang) })}
                  </span>
                ) : null}
              </td>
              <td className={cell}>
                <TimeStamp ms={row.updatedAt} lang={lang} />
              </td>
              <td className={cell}>
                {row.state === "deleted" ? (
                  <form action={restore}>
                    <input type="hidden" name="id" value={row.id} />
                    <button type="submit" className="font-semibold text-brand underline">
                      {t.articles.restore}
                    </button>
                  </form>
                ) : (
                  <Link href={`/admin/articles/${row.id}/preview`} className="font-semibold text-brand underline">
                    {t.articles.preview}
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
