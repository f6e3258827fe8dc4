import type { Edition } from "@/db/schema";
import type { Dictionary } from "@/lib/i18n";
import { paths } from "@/lib/paths";

// A plain GET form: it works before (and without) any JavaScript.
export function SearchBox({ lang, dict }: { lang: Edition; dict: Dictionary }) {
  return (
    <form
      role="search"
      aria-label={dict.search.title}
      action={paths.search(lang)}
      method="get"
      className="order-last flex min-w-0 basis-full items-center sm:order-none sm:ml-auto sm:basis-auto"
    >
      <label htmlFor="site-search" className="sr-only">
        {dict.search.label}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        placeholder={dict.search.placeholder}
        autoComplete="off"
        className="min-w-0 flex-1 rounded-l border border-line px-2 py-1 text-sm sm:w-52 sm:flex-none"
      />
      <button
        type="submit"
        className="rounded-r border border-l-0 border-brand bg-brand px-3 py-1 text-sm font-semibold text-white hover:bg-brand-dark"
      >
        {dict.search.submit}
      </button>
    </form>
  );
}
