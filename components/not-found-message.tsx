import Link from "next/link";
import { getDictionary, locales } from "@/lib/i18n";
import { paths } from "@/lib/paths";

export function NotFoundMessage() {
  return locales.map((lang) => {
    const dict = getDictionary(lang);
    return (
      <section key={lang} lang={lang} className={`only-${lang} mx-auto max-w-xl py-16 text-center`}>
        <p className="text-6xl font-black text-brand">404</p>
        <h1 className="mt-4 text-3xl font-bold">{dict.notFound.title}</h1>
        <p className="mt-3 text-muted">{dict.notFound.body}</p>
        <Link
          href={paths.home(lang)}
          className="mt-6 inline-block rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark"
        >
          {dict.notFound.backHome}
        </Link>
      </section>
    );
  });
}
