import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/not-found-message";

// Next adds its own `noindex` to a 404; the layout's "index, follow" must not ride along.
export const metadata: Metadata = { robots: null };

// Drawn in the browser when a page calls notFound() while rendered per request
// (Next 16 sends an empty shell then). Statically rendered pages draw
// components/edition-not-found.tsx on the server instead.
export default function EditionNotFoundFallback() {
  return <NotFoundMessage />;
}
