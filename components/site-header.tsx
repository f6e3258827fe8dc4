import Link from "next/link";
import type { Category, Edition } from "@/db/schema";
import type { Dictionary } from "@/lib/i18n";
import { otherEdition } from "@/lib/i18n";
import { accountPaths } from "@/lib/account-paths";
import { paths } from "@/lib/paths";
import { SearchBox } from "./search-box";
import { SectionNav } from "./section-nav";

type Props = { lang: Edition; dict: Dictionary; siteName: string; categories: Category[] };

// The mobile menu is a <details> element: it opens without any client JavaScript.
export function SiteHeader({ lang, dict, siteName, categories }: Props) {
  const other = otherEdition(lang);
  return (
    <header className="border-b border-line bg-paper">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href={paths.home(lang)} className="text-2xl font-black tracking-tight text-brand md:text-3xl">
          {siteName}
        </Link>
        <SearchBox lang={lang} dict={dict} />
        <Link
          href={paths.home(other)}
          hrefLang={other}
          className="inline-flex min-h-11 items-center rounded border border-line px-3 text-sm font-semibold hover:border-brand hover:text-brand"
        >
          <span className="sr-only">{dict.site.otherEditionLabel}: </span>
          <span lang={other}>{dict.site.otherEdition}</span>
        </Link>
        {/* A plain link, so this layout never reads the session: the account page sends signed-out readers to sign in. */}
        <Link
          href={accountPaths.account(lang)}
          prefetch={false}
          className="rounded border border-line px-3 py-1 text-sm font-semibold hover:border-brand hover:text-brand"
        >
          {dict.account.headerLink}
        </Link>
      </div>
      <nav aria-label={dict.site.mainNavigation} className="border-t border-line">
        <SectionNav
          lang={lang}
          categories={categories}
          homeLabel={dict.site.home}
          className="mx-auto hidden max-w-6xl flex-wrap px-1 text-sm md:flex"
        />
        <details className="group md:hidden">
          <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-4 font-semibold [&::-webkit-details-marker]:hidden">
            <span aria-hidden="true" className="text-lg leading-none">
              ☰
            </span>
            {dict.site.menu}
          </summary>
          <SectionNav
            lang={lang}
            categories={categories}
            homeLabel={dict.site.home}
            className="grid grid-cols-2 border-t border-line px-1 pb-2 text-sm"
          />
        </details>
      </nav>
    </header>
  );
}
