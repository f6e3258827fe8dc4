import type { Metadata } from "next";

// Account pages are personal and read the session cookie: rendered for each request, never cached or indexed.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function AccountLayout({ children }: LayoutProps<"/[lang]">) {
  return <div className="mx-auto w-full max-w-xl">{children}</div>;
}
