import type { Metadata } from "next";
import "./globals.css";
import { NotFoundMessage } from "@/components/not-found-message";
import { getDictionary } from "@/lib/i18n";
import { site } from "@/lib/site";

export const metadata: Metadata = {
  title: `${getDictionary(site.defaultEdition).notFound.title} | ${getDictionary("en").notFound.title}`,
  robots: { index: false },
};

// For URLs outside every edition: shown in the default edition's language.
export default function GlobalNotFound() {
  return (
    <html lang={site.defaultEdition}>
      <body>
        <main id="main" className="px-4">
          <NotFoundMessage />
        </main>
      </body>
    </html>
  );
}
