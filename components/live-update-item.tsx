import type { Edition } from "@/db/schema";
import { isoIndia } from "@/lib/format";
import { fill } from "@/lib/i18n";
import { liveStamp, updateAnchor } from "@/lib/live-blog";

export type LiveUpdateView = { id: number; headline: string | null; html: string; at: number; editedAt: number | null };
export type LiveUpdateText = { time: string; pinned: string; edited: string; linkTo: string };

type Props = { lang: Edition; update: LiveUpdateView; text: LiveUpdateText; reference: number; pinned?: boolean };

// Drawn on the server for the cached page and in the browser for updates that arrive later. The
// HTML was rendered from Markdown and sanitised when the update was saved, so injecting it is safe.
export function LiveUpdateItem({ lang, update, text, reference, pinned = false }: Props) {
  const anchor = updateAnchor(update.id);
  const stamp = liveStamp(update.at, lang, reference);
  const time = fill(text.time, { time: stamp.time });
  return (
    <article
      id={anchor}
      aria-labelledby={`${anchor}-time`}
      className={`scroll-mt-24 border-l-4 py-1 pl-4 ${pinned ? "border-brand bg-wash pr-4" : "border-line"}`}
    >
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
        {pinned ? <span className="font-bold uppercase tracking-wide text-brand">{text.pinned}</span> : null}
        <a
          id={`${anchor}-time`}
          href={`#${anchor}`}
          title={text.linkTo}
          className="font-bold text-brand hover:underline"
        >
          <time dateTime={isoIndia(update.at)}>{stamp.date ? `${stamp.date}, ${time}` : time}</time>
        </a>
        {update.editedAt ? <span className="text-muted">({text.edited})</span> : null}
      </p>
      {update.headline ? <h3 className="mt-1 text-lg font-bold leading-snug">{update.headline}</h3> : null}
      <div className="prose-article prose-live mt-1" dangerouslySetInnerHTML={{ __html: update.html }} />
    </article>
  );
}
