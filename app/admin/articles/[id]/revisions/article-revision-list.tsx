import type { RevisionRow } from "@/db/queries/revisions";
import type { Edition } from "@/db/schema";
import { formatDateTime } from "@/lib/format";
import { type Dictionary, fill } from "@/lib/i18n";

type Props = {
  lang: Edition;
  t: Dictionary["admin"];
  articleId: number;
  revisions: RevisionRow[];
  restore: (formData: FormData) => Promise<void>;
};

export function ArticleRevisionList({ lang, t, articleId, revisions, restore }: Props) {
  if (revisions.length === 0) return <p>{t.revisions.none}</p>;
  return (
    <ol className="flex flex-col gap-3">
      {revisions.map((revision) => {
        const date = formatDateTime(revision.savedAt, lang);
        const { snapshot } = revision;
        return (
          <li key={revision.id} className="rounded border border-line bg-paper p-4">
            <h2 lang={snapshot.edition} className="text-lg font-bold">
              {snapshot.title}
            </h2>
            <p className="text-sm text-muted">
              {revision.savedBy
                ? fill(t.revisions.savedBy, { date, name: revision.savedBy })
                : fill(t.revisions.savedByUnknown, { date })}
              {" · "}
              {t.articles.editions[snapshot.edition]} · {snapshot.slug}
            </p>
            {snapshot.dek ? (
              <p lang={snapshot.edition} className="mt-2">
                {snapshot.dek}
              </p>
            ) : null}
            <details className="mt-2">
              <summary className="cursor-pointer font-semibold">{t.revisions.showText}</summary>
              <pre lang={snapshot.edition} className="mt-2 whitespace-pre-wrap break-words rounded bg-wash p-3 text-sm">
                {snapshot.body}
              </pre>
            </details>
            <form action={restore} className="mt-3">
              <input type="hidden" name="articleId" value={articleId} />
              <input type="hidden" name="revisionId" value={revision.id} />
              <button
                type="submit"
                className="rounded border border-line px-3 py-1 font-semibold hover:border-brand hover:text-brand"
              >
                {t.revisions.restore}
              </button>
            </form>
          </li>
        );
      })}
    </ol>
  );
}
