import Link from "next/link";
import { getAdminDictionary } from "./admin-language";

export default async function AdminNotFound() {
  const { t } = await getAdminDictionary();
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <p className="text-6xl font-black text-brand">404</p>
      <h1 className="mt-4 text-3xl font-bold">{t.notFound.title}</h1>
      <p className="mt-3 text-muted">{t.notFound.body}</p>
      <Link
        href="/admin"
        className="mt-6 inline-block rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark"
      >
        {t.notFound.back}
      </Link>
    </section>
  );
}
