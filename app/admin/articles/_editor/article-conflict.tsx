import type { Dictionary } from "@/lib/i18n";
import type { ArticleConflict as Conflict } from "../schema";

type Props = { conflict: Conflict; t: Dictionary["admin"]["editing"]; onMerge: () => void };

/** A refused stale save: who saved, what they changed, and the two ways on (merge, or overwrite deliberately). */
export function ArticleConflict({ conflict, t, onMerge }: Props) {
  return (
    <div role="alert" className="flex flex-col gap-3 rounded border-2 border-brand bg-paper p-4">
      <p className="font-semibold">{conflict.message}</p>
      {conflict.fields.length > 0 ? (
        <div>
          <p>{t.changed}</p>
          <ul className="list-disc pl-6">
            {conflict.fields.map((field) => (
              <li key={field}>{field}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>{t.changedUnknown}</p>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={onMerge}
          className="rounded border border-line px-3 py-1 font-semibold hover:border-brand hover:text-brand"
        >
          {t.merge}
        </button>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="overwrite" value={conflict.version} aria-describedby="article-overwrite-hint" />
          {t.overwrite}
        </label>
      </div>
      <p id="article-overwrite-hint" className="text-sm">
        {t.overwriteHint}
      </p>
    </div>
  );
}
