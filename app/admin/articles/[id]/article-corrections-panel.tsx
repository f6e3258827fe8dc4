import type { ReactNode } from "react";
import { TimeStamp } from "@/components/time-stamp";
import type { Edition } from "@/db/schema";
import type { Dictionary } from "@/lib/i18n";

type Props = {
  lang: Edition;
  t: Dictionary["admin"]["corrections"];
  corrections: { id: number; body: string; createdAt: number }[];
  live: boolean;
  form: ReactNode;
};

export function ArticleCorrectionsPanel({ lang, t, corrections, live, form }: Props) {
  return (
    <section
      aria-labelledby="corrections-panel-heading"
      className="flex flex-col gap-3 rounded border border-line bg-paper p-4"
    >
      <h2 id="corrections-panel-heading" className="text-lg font-bold">
        {t.heading}
      </h2>
      <p className="text-sm text-muted">{t.intro}</p>
      {corrections.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className="space-y-2">
          {corrections.map((c) => (
            <li key={c.id}>
              <TimeStamp ms={c.createdAt} lang={lang} className="font-semibold" />: {c.body}
            </li>
          ))}
        </ul>
      )}
      {live ? form : <p className="text-sm text-muted">{t.onlyPublished}</p>}
    </section>
  );
}
