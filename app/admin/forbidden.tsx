import Link from "next/link";
import { paths } from "@/lib/paths";
import { getAdminDictionary } from "./admin-language";

// Rendered with status 403 when a page calls forbidden() (see access.ts); Next adds noindex.
export default async function AdminForbidden() {
  const { lang, t } = await getAdminDictionary();
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <p className="text-6xl font-black text-brand">403</p>
      <h1 className="mt-4 text-3xl font-bold">{t.forbidden.title}</h1>
      <p className="mt-3 text-muted">{t.forbidden.body}</p>
      <Link
        href={paths.home(lang)}
        className="mt-6 inline-block rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark"
      >
        {t.forbidden.backToSite}
      </Link>
    </section>
  );
}
