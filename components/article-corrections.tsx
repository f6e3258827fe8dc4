import type { Edition } from "@/db/schema";
import type { Dictionary } from "@/lib/i18n";
import { LabelledTime } from "./labelled-time";

type Correction = { id: number; body: string; createdAt: number };

/** Dated correction notes at the foot of an article, oldest first. */
export function ArticleCorrections({
  lang,
  dict,
  corrections,
}: {
  lang: Edition;
  dict: Dictionary;
  corrections: Correction[];
}) {
  if (corrections.length === 0) return null;
  return (
    <section aria-labelledby="corrections-heading" className="mt-8 rounded border border-line bg-wash p-4">
      <h2 id="corrections-heading" className="text-lg font-bold">
        {dict.article.corrections}
      </h2>
      <ul className="mt-2 space-y-2">
        {corrections.map((correction) => (
          <li key={correction.id}>
            <span className="font-semibold">
              <LabelledTime template={dict.article.correctionDated} ms={correction.createdAt} lang={lang} />
            </span>{" "}
            {correction.body}
          </li>
        ))}
      </ul>
    </section>
  );
}
