import type { Edition, LiveUpdate } from "@/db/schema";
import { formatDateTime, isoIndia } from "@/lib/format";
import { type Dictionary, fill } from "@/lib/i18n";
import { LiveUpdateForm } from "./live-update-form";
import type { LiveUpdateFormState } from "./schema";

type Props = {
  lang: Edition;
  edition: Edition;
  updates: LiveUpdate[];
  pinnedId: number | null;
  t: Dictionary["admin"]["live"];
  actions: {
    edit: (state: LiveUpdateFormState, formData: FormData) => Promise<LiveUpdateFormState>;
    remove: (formData: FormData) => Promise<void>;
    pin: (formData: FormData) => Promise<void>;
  };
};

/** The desk's view of a live blog's updates, newest first: each with its text as readers see it, and its controls. */
export function LiveUpdateList({ lang, edition, updates, pinnedId, t, actions }: Props) {
  const button =
    "rounded border border-line bg-paper px-3 py-1 text-sm font-semibold hover:border-brand hover:text-brand";
  return (
    <ol className="flex flex-col gap-4">
      {updates.map((update) => {
        const pinned = update.id === pinnedId;
        const hidden = (
          <>
            <input type="hidden" name="articleId" value={update.articleId} />
            <input type="hidden" name="updateId" value={update.id} />
          </>
        );
        return (
          <li
            key={update.id}
            aria-labelledby={`desk-update-${update.id}`}
            className={`flex flex-col gap-2 rounded border p-4 ${pinned ? "border-brand" : "border-line"}`}
          >
            <p id={`desk-update-${update.id}`} className="text-sm font-semibold">
              <time dateTime={isoIndia(update.createdAt)}>{formatDateTime(update.createdAt, lang)}</time>
              {update.editedAt ? (
                <span className="font-normal text-muted">
                  {" "}
                  · {fill(t.editedAt, { date: formatDateTime(update.editedAt, lang) })}
                </span>
              ) : null}
              {pinned ? (
                <span className="ml-2 rounded bg-brand px-2 py-0.5 text-xs text-white">{t.pinnedNow}</span>
              ) : null}
            </p>
            <div lang={edition}>
              {update.headline ? <h3 className="font-bold">{update.headline}</h3> : null}
              {/* Rendered from Markdown and sanitised when the update was saved. */}
              <div className="prose-article" dangerouslySetInnerHTML={{ __html: update.bodyHtml }} />
            </div>
            <div className="flex flex-wrap gap-2">
              <form action={actions.pin}>
                {hidden}
                <input type="hidden" name="pin" value={pinned ? "0" : "1"} />
                <button type="submit" className={button}>
                  {pinned ? t.unpin : t.pin}
                </button>
              </form>
              <form action={actions.remove}>
                {hidden}
                <button type="submit" className={`${button} text-brand`}>
                  {t.delete}
                </button>
              </form>
            </div>
            <details>
              <summary className="cursor-pointer font-semibold text-brand">{t.edit}</summary>
              <div className="mt-3">
                <LiveUpdateForm
                  articleId={update.articleId}
                  edition={edition}
                  update={update}
                  t={t}
                  action={actions.edit}
                />
              </div>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
