import type { Metadata } from "next";
import "../globals.css";
import { AdminHeader } from "@/components/admin/admin-header";
import { AdminNav, type AdminNavItem } from "@/components/admin/admin-nav";
import { GujaratiFontPreload } from "@/components/gujarati-font-preload";
import { getCurrentUser } from "@/auth/session";
import { switchAdminLanguage } from "./actions";
import { getAdminDictionary } from "./admin-language";

// The newsroom is its own root layout: its language is the editor's choice, not an edition's.
// Every page is personal (it reads the session) and must never be indexed.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getAdminDictionary();
  return { title: { default: t.title, template: `%s | ${t.title}` }, robots: { index: false, follow: false } };
}

export default async function AdminLayout({ children }: LayoutProps<"/admin">) {
  const { lang, t } = await getAdminDictionary();
  // Only to draw the navigation: each page checks access itself (see access.ts).
  const user = await getCurrentUser();
  const staff = user && user.role !== "commenter" ? user : null;
  const items: AdminNavItem[] = [
    { href: "/admin", label: t.nav.dashboard },
    { href: "/admin/articles", label: t.nav.articles },
    { href: "/admin/moderation", label: t.nav.moderation },
    { href: "/admin/media", label: t.nav.media },
    ...(staff?.role === "admin"
      ? [
          { href: "/admin/sections", label: t.nav.sections },
          { href: "/admin/people", label: t.nav.people },
          { href: "/admin/settings", label: t.nav.settings },
          { href: "/admin/audit", label: t.nav.audit },
        ]
      : []),
  ];
  return (
    <html lang={lang}>
      <body className="min-h-screen bg-wash">
        {lang === "gu" ? <GujaratiFontPreload /> : null}
        <a
          href="#main"
          className="sr-only z-50 bg-brand px-4 py-2 text-white focus:not-sr-only focus:fixed focus:left-2 focus:top-2"
        >
          {t.skipToContent}
        </a>
        <AdminHeader lang={lang} t={t} userName={staff?.name ?? null} switchLanguage={switchAdminLanguage} />
        <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 md:flex-row">
          {staff ? <AdminNav label={t.nav.label} items={items} /> : null}
          <main id="main" tabIndex={-1} className="min-w-0 flex-1 focus:outline-none">
            {children}
          </main>
        </div>
      </body>
    </html>
  );
}
