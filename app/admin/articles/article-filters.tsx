import Link from "next/link";
import { AdminSelectField } from "@/components/admin/admin-select-field";
import { TextField } from "@/components/text-field";
import type { AdminArticleFilters } from "@/db/queries/admin-articles";
import type { Dictionary } from "@/lib/i18n";

type Props = {
  t: Dictionary["admin"];
  filters: AdminArticleFilters;
  sections: { id: number; name: string }[];
  people: { id: number; name: string }[];
};

/** A plain GET form: filtered lists have their own addresses and work without JavaScript. */
export function ArticleFilters({ t, filters, sections, people }: Props) {
  const f = t.articles.filters;
  return (
    <form
      method="get"
      action="/admin/articles"
      aria-label={f.label}
      className="grid gap-3 rounded border border-line bg-paper p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      <AdminSelectField
        id="filter-state"
        name="state"
        label={f.state}
        defaultValue={filters.state ?? ""}
        options={[
          { value: "", label: f.anyState },
          ...(["draft", "scheduled", "published", "deleted"] as const).map((s) => ({
            value: s,
            label: t.articles.states[s],
          })),
        ]}
      />
      <AdminSelectField
        id="filter-edition"
        name="edition"
        label={f.edition}
        defaultValue={filters.edition ?? ""}
        options={[
          { value: "", label: f.anyEdition },
          ...(["gu", "en"] as const).map((e) => ({ value: e, label: t.articles.editions[e] })),
        ]}
      />
      <AdminSelectField
        id="filter-section"
        name="section"
        label={f.section}
        defaultValue={filters.categoryId ? String(filters.categoryId) : ""}
        options={[{ value: "", label: f.anySection }, ...sections.map((s) => ({ value: String(s.id), label: s.name }))]}
      />
      <AdminSelectField
        id="filter-author"
        name="author"
        label={f.author}
        defaultValue={filters.authorId ? String(filters.authorId) : ""}
        options={[{ value: "", label: f.anyAuthor }, ...people.map((p) => ({ value: String(p.id), label: p.name }))]}
      />
      <TextField
        id="filter-from"
        name="from"
        type="date"
        label={f.changedFrom}
        defaultValue={filters.changedFrom ?? ""}
      />
      <TextField id="filter-to" name="to" type="date" label={f.changedTo} defaultValue={filters.changedTo ?? ""} />
      <TextField id="filter-q" name="q" type="search" label={f.text} defaultValue={filters.q ?? ""} maxLength={100} />
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          {f.apply}
        </button>
        <Link href="/admin/articles" className="py-2 font-semibold underline">
          {f.clear}
        </Link>
      </div>
    </form>
  );
}
