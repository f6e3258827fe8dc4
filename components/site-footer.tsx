import Link from "next/link";
import type { Category, Edition } from "@/db/schema";
import { type Dictionary, fill } from "@/lib/i18n";
import { paths } from "@/lib/paths";

type Props = { lang: Edition; dict: Dictionary; categories: Category[] };

export function SiteFooter({ lang, dict, categories }: Props) {
  return (
    <footer className="mt-12 border-t border-line bg-wash text-sm">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 md:grid-cols-3">
        <p className="text-muted">{dict.site.footerAbout}</p>
        <nav aria-label={dict.site.footerSections}>
          <h2 className="mb-2 font-bold">{dict.site.footerSections}</h2>
          <ul className="grid grid-cols-2 gap-x-4">
            {categories.map((category) => (
              <li key={category.id}>
                <Link
                  href={paths.category(lang, category.slug)}
                  prefetch={false}
                  className="inline-flex min-h-11 min-w-11 items-center hover:text-brand hover:underline"
                >
                  {lang === "gu" ? category.nameGu : category.nameEn}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={dict.site.footerEditions}>
          <h2 className="mb-2 font-bold">{dict.site.footerEditions}</h2>
          <ul>
            <li>
              <Link
                href={paths.home("gu")}
                prefetch={false}
                hrefLang="gu"
                lang="gu"
                className="inline-flex min-h-11 min-w-11 items-center hover:underline"
              >
                ગુજરાતી
              </Link>
            </li>
            <li>
              <Link
                href={paths.home("en")}
                prefetch={false}
                hrefLang="en"
                lang="en"
                className="inline-flex min-h-11 min-w-11 items-center hover:underline"
              >
                English
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      <p className="border-t border-line px-4 py-4 text-center text-muted">
        {fill(dict.site.copyright, { year: new Date().getFullYear() })}
      </p>
    </footer>
  );
}
