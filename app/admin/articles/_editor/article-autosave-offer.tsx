import type { Dictionary } from "@/lib/i18n";
import { fill } from "@/lib/i18n";

export type FoundAutosave = { savedAt: string; behind: boolean };
type Props = { found: FoundAutosave; t: Dictionary["admin"]["editing"]; onRestore: () => void; onDiscard: () => void };

/** Offered when the editor reopens a story with private unsaved changes of theirs. */
export function ArticleAutosaveOffer({ found, t, onRestore, onDiscard }: Props) {
  const button = "rounded border border-line bg-paper px-3 py-1 font-semibold hover:border-brand hover:text-brand";
  return (
    <section
      aria-label={t.restore}
      className="flex flex-col gap-2 rounded border border-amber-700 bg-amber-50 p-4 text-amber-950"
    >
      <p className="font-semibold">{fill(t.autosaveFound, { time: found.savedAt })}</p>
      {found.behind ? <p>{t.autosaveBehind}</p> : null}
      <div className="flex flex-wrap gap-3">
        <button type="button" className={button} onClick={onRestore}>
          {t.restore}
        </button>
        <button type="button" className={button} onClick={onDiscard}>
          {t.discard}
        </button>
      </div>
    </section>
  );
}
