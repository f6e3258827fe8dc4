import "server-only";
import type { Metadata } from "next";
import { EditionNotFound } from "@/components/edition-not-found";
import type { Edition } from "@/db/schema";
import { getHome, getNavigation } from "@/app/(site)/reads/pages";
import { getDictionary } from "@/lib/i18n";

/**
 * An edition's server-drawn 404 (real status, `noindex` only) for pages that
 * are rendered statically: return it instead of calling notFound(), together
 * with missingMetadata() from generateMetadata. See components/not-found-status.tsx.
 */
export async function EditionMissing({ lang }: { lang: Edition }) {
  const [home, categories] = await Promise.all([getHome(lang), getNavigation()]);
  return (
    <EditionNotFound lang={lang} dict={getDictionary(lang)} categories={categories} latest={home.latest.slice(0, 6)} />
  );
}

export function missingMetadata(lang: Edition): Metadata {
  // Next adds its own `noindex` to a 404; the layout's "index, follow" must not ride along.
  return { title: getDictionary(lang).notFound.title, robots: null };
}
