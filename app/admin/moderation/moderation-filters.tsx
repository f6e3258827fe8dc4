import Link from "next/link";
import type { Dictionary } from "@/lib/i18n";

type Props = {
  text: Dictionary["moderation"]["desk"];
  queue: string;
  article?: string;
  author?: string;
  clearHref: string;
  notes: string[];
  problems: string[];
};

/** Narrows the queue to one story or one author (a plain GET form). */
export function ModerationFilters({ text, queue, article, author, clearHref, notes, problems }: Props) {
  return (
    <form
      method="get"
      action="/admin/moderation"
      aria-label={text.filtersLabel}
      className="flex flex-col gap-2 rounded border border-line bg-paper p-3"
    >
      <input type="hidden" name="queue" value={queue} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-article" className="font-semibold">
            {text.article}
          </label>
          <input
            id="filter-article"
            name="article"
            defaultValue={article}
            aria-describedby="filter-article-hint"
            maxLength={300}
            className="rounded border border-line px-3 py-1"
          />
          <span id="filter-article-hint" className="text-xs text-muted">
            {text.articleHint}
          </span>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-author" className="font-semibold">
            {text.author}
          </label>
          <input
            id="filter-author"
            name="author"
            defaultValue={author}
            aria-describedby="filter-author-hint"
            maxLength={254}
            className="rounded border border-line px-3 py-1"
          />
          <span id="filter-author-hint" className="text-xs text-muted">
            {text.authorHint}
          </span>
        </div>
        <button type="submit" className="mb-5 rounded bg-brand px-4 py-1 font-semibold text-white hover:bg-brand-dark">
          {text.apply}
        </button>
        {article || author ? (
          <Link href={clearHref} className="mb-5 font-semibold text-brand underline">
            {text.clear}
          </Link>
        ) : null}
      </div>
      {notes.map((note) => (
        <p key={note} className="text-sm font-semibold">
          {note}
        </p>
      ))}
      {problems.map((problem) => (
        <p key={problem} role="alert" className="text-sm font-semibold text-brand">
          {problem}
        </p>
      ))}
    </form>
  );
}
