"use client";

import { en } from "@/lib/i18n/en";
import { gu } from "@/lib/i18n/gu";

// Both languages are rendered and the stylesheet shows the one matching <html lang> (.only-en/.only-gu).
// The detail stays in the server log (the digest ties it there); the editor gets a plain sentence.
export default function AdminError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section role="alert" className="mx-auto max-w-xl py-16 text-center">
      {[en, gu].map(({ admin: { error: t } }, i) => (
        <div key={i} className={i === 0 ? "only-en" : "only-gu"}>
          <h1 className="text-3xl font-bold">{t.title}</h1>
          <p className="mt-3 text-muted">{t.body}</p>
          <button
            type="button"
            onClick={reset}
            className="mt-6 rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark"
          >
            {t.retry}
          </button>
        </div>
      ))}
    </section>
  );
}
