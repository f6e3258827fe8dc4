import type { Category, Edition } from "@/db/schema";
import type { Dictionary } from "@/lib/i18n";
import { paths } from "@/lib/paths";

type Props = { lang: Edition; dict: Dictionary; query: string; section: string; categories: Category[] };

export function SearchForm({ lang, dict, query, section, categories }: Props) {
  return (
    <form
      role="search"
      aria-label={dict.search.heading}
      action={paths.search(lang)}
      method="get"
      className="flex flex-wrap items-end gap-3"
    >
      <div className="flex min-w-0 flex-1 basis-full flex-col gap-1 sm:basis-0">
        <label htmlFor="search-query" className="text-sm font-semibold">
          {dict.search.label}
        </label>
        <input
          id="search-query"
          type="search"
          name="q"
          defaultValue={query}
          placeholder={dict.search.placeholder}
          autoComplete="off"
          className="rounded border border-line px-3 py-2"
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="search-section" className="text-sm font-semibold">
          {dict.search.section}
        </label>
        <select
          id="search-section"
          name="section"
          defaultValue={section}
          className="rounded border border-line bg-paper px-3 py-2"
        >
          <option value="">{dict.search.allSections}</option>
          {categories.map((category) => (
            <option key={category.id} value={category.slug}>
              {lang === "gu" ? category.nameGu : category.nameEn}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark">
        {dict.search.submit}
      </button>
    </form>
  );
}
