import { notFound } from "next/navigation";
import { Suspense } from "react";
import { NotFoundSignal } from "./not-found-signal";

async function Signal(): Promise<null> {
  notFound();
}

/**
 * Gives a page that drew its own "not found" content a real 404 status and
 * Next's `noindex`. `notFound()` thrown outside a Suspense boundary makes
 * Next 16 answer with an empty client-drawn shell (no lang, no layout); thrown
 * inside one, a statically rendered (ISR) page keeps its server-rendered HTML
 * and still gets the 404 status. A dynamically rendered page would answer 200.
 */
export function NotFoundStatus() {
  return (
    <Suspense fallback={null}>
      <NotFoundSignal>
        <Signal />
      </NotFoundSignal>
    </Suspense>
  );
}
