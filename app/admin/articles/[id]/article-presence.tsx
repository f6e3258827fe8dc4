"use client";

import { useEffect, useState } from "react";
import type { Edition } from "@/db/schema";
import { fill } from "@/lib/i18n";

type Props = { articleId: number; lang: Edition; label: string; template: string };
type Person = { id: number; name: string };

const pingEveryMs = 5_000;

/** Who else has the story open: a ping every few seconds, nothing locked, nothing to forget to release. */
export function ArticlePresence({ articleId, lang, label, template }: Props) {
  const [others, setOthers] = useState<Person[]>([]);

  useEffect(() => {
    let active = true;
    const ping = async () => {
      try {
        const response = await fetch("/api/admin/presence", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ articleId, lang }),
        });
        if (response.ok && active) setOthers(((await response.json()) as { others: Person[] }).others);
      } catch {
        // Offline for a moment: the next ping catches up.
      }
    };
    void ping();
    const timer = setInterval(ping, pingEveryMs);
    const leave = () =>
      navigator.sendBeacon(
        "/api/admin/presence",
        new Blob([JSON.stringify({ articleId, leaving: true })], { type: "application/json" }),
      );
    window.addEventListener("pagehide", leave);
    return () => {
      active = false;
      clearInterval(timer);
      window.removeEventListener("pagehide", leave);
    };
  }, [articleId, lang]);

  return (
    <section aria-label={label} aria-live="polite" className="min-h-6">
      {others.length > 0 ? (
        <p className="inline-block rounded border border-amber-700 bg-amber-50 px-3 py-1 font-semibold text-amber-900">
          {fill(template, { names: others.map((p) => p.name).join(", ") })}
        </p>
      ) : null}
    </section>
  );
}
