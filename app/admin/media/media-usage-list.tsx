import Link from "next/link";
import type { MediaUse } from "@/db/queries/media";
import type { Dictionary } from "@/lib/i18n";

/** Where the image appears now: each story, as its featured image or in its text. */
export function MediaUsageList({ uses, t }: { uses: MediaUse[]; t: Dictionary["admin"]["media"]["edit"] }) {
  return (
    <section
      aria-labelledby="media-usage-heading"
      className="flex flex-col gap-2 rounded border border-line bg-paper p-4"
    >
      <h2 id="media-usage-heading" className="text-lg font-bold">
        {t.usedBy}
      </h2>
      {uses.length === 0 ? (
        <p className="text-muted">{t.unused}</p>
      ) : (
        <ul className="list-disc pl-6">
          {uses.map((use) => (
            <li key={use.id}>
              <Link href={`/admin/articles/${use.id}`} lang={use.edition} className="text-brand underline">
                {use.title}
              </Link>{" "}
              <span className="text-sm text-muted">
                ({[use.featured ? t.featured : t.inline, use.deleted ? t.deletedStory : ""].filter(Boolean).join(", ")})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
