import type { Metadata, Viewport } from "next";
import "../../globals.css";
import { GujaratiFontPreload } from "@/components/gujarati-font-preload";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getNavigation } from "@/app/(site)/reads/pages";
import { editionOrNotFound } from "@/app/(site)/[lang]/edition";
import { feedLinks } from "@/lib/feed-links";
import { getDictionary } from "@/lib/i18n";
import { paths } from "@/lib/paths";
import { site, siteName } from "@/lib/site";
import { socialCard } from "@/lib/social";

// An upper bound only: cached reads lower it (app/(site)/reads/cached-read.ts) and writes expire it at once.
export const revalidate = 3600;

// Nothing is prerendered at build time, so `next build` never needs the
// database: each page renders on its first visit and is then served from the cache.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: LayoutProps<"/[lang]">): Promise<Metadata> {
  const lang = editionOrNotFound((await params).lang);
  const name = siteName(lang);
  return {
    metadataBase: new URL(site.url),
    title: { default: name, template: `%s | ${name}` },
    applicationName: name,
    robots: { index: true, follow: true, "max-image-preview": "large", "max-snippet": -1, "max-video-preview": -1 },
    ...socialCard(lang, { title: name, url: paths.home(lang) }),
    alternates: { types: feedLinks(lang) },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#b3121b" };

export default async function EditionLayout({ children, params }: LayoutProps<"/[lang]">) {
  const lang = editionOrNotFound((await params).lang);
  const dict = getDictionary(lang);
  const categories = await getNavigation();
  return (
    <html lang={lang}>
      <body className="flex min-h-screen flex-col">
        {lang === "gu" ? <GujaratiFontPreload /> : null}
        <a
          href="#main"
          className="sr-only z-50 bg-brand px-4 py-2 text-white focus:not-sr-only focus:fixed focus:left-2 focus:top-2"
        >
          {dict.site.skipToContent}
        </a>
        <SiteHeader lang={lang} dict={dict} siteName={siteName(lang)} categories={categories} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none">
          {children}
        </main>
        <SiteFooter lang={lang} dict={dict} categories={categories} />
      </body>
    </html>
  );
}
