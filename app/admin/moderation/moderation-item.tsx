import type { MouseEvent, Ref } from "react";
import type { Edition } from "@/db/schema";
import { type Dictionary, fill } from "@/lib/i18n";

/** One comment as the desk shows it: plain data, every word already translated. */
export type QueueItem = {
  id: number;
  body: string;
  status: string;
  featured: boolean;
  reply: boolean;
  edited: boolean;
  authorBanned: boolean;
  article: { title: string; lang: Edition; href: string; filterHref: string };
  author: { name: string; email: string; filterHref: string };
  time: { iso: string; text: string };
  reasons: string[];
  reports: string[];
  contextHref: string;
};

type Props = {
  item: QueueItem;
  text: Dictionary["moderation"]["desk"];
  active: boolean;
  selected: boolean;
  pending: boolean;
  rowRef: Ref<HTMLLIElement>;
  onToggle: () => void;
  onActivate: () => void;
};

const button = "min-h-11 rounded border border-line px-3 py-1 text-sm font-semibold hover:bg-wash disabled:opacity-60";

/** Asks before a destructive button goes through (with JavaScript; without it the form simply posts). */
const confirming = (question: string) => (event: MouseEvent<HTMLButtonElement>) => {
  if (!window.confirm(question)) event.preventDefault();
};

export function ModerationItem({ item, text, active, selected, pending, rowRef, onToggle, onActivate }: Props) {
  const act = (intent: keyof Props["text"]["actions"], extra: { className?: string; confirm?: string } = {}) => (
    <button
      type="submit"
      name="row"
      value={`${intent}:${item.id}`}
      disabled={pending}
      className={`${button} ${extra.className ?? ""}`}
      onClick={extra.confirm ? confirming(extra.confirm) : undefined}
    >
      {text.actions[intent]}
    </button>
  );
  return (
    <li
      ref={rowRef}
      tabIndex={active ? 0 : -1}
      aria-current={active ? "true" : undefined}
      onFocus={onActivate}
      onClick={onActivate}
      className={`flex gap-3 border-l-4 p-3 focus:outline-none ${active ? "border-brand bg-wash" : "border-transparent"}`}
    >
      <label className="-m-2 flex size-11 shrink-0 cursor-pointer items-start justify-center pt-2">
        <input
          type="checkbox"
          name="ids"
          value={item.id}
          checked={selected}
          onChange={onToggle}
          aria-label={fill(text.select, { name: item.author.name })}
          className="size-5 accent-brand"
        />
      </label>
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <p lang={item.article.lang} className="whitespace-pre-line break-words">
          {item.body}
        </p>
        <p className="text-sm text-muted">
          {text.onStory}{" "}
          <a href={item.article.href} lang={item.article.lang} className="font-semibold text-ink underline">
            {item.article.title}
          </a>{" "}
          (
          <a href={item.article.filterHref} className="underline">
            {text.onlyThisStory}
          </a>
          ) · {text.by} {item.author.name} &lt;{item.author.email}&gt; (
          <a href={item.author.filterHref} className="underline">
            {text.onlyThisAuthor}
          </a>
          ) · <time dateTime={item.time.iso}>{item.time.text}</time>
        </p>
        <p className="flex flex-wrap gap-2 text-xs font-semibold uppercase">
          <span>{item.status}</span>
          {item.featured ? <span className="text-brand">{text.featured}</span> : null}
          {item.reply ? <span>{text.reply}</span> : null}
          {item.edited ? <span>{text.edited}</span> : null}
          {item.authorBanned ? <span className="text-brand">{text.authorBanned}</span> : null}
        </p>
        {item.reasons.length > 0 ? (
          <div className="text-sm">
            <p>
              <strong>{text.why}:</strong> {item.reasons.join(" · ")}
            </p>
            {item.reports.length > 0 ? (
              <ul className="list-disc pl-5">
                {item.reports.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <div className="flex flex-wrap items-center gap-2">
          {act("approve", { className: "border-green-800 text-green-900" })}
          {act("reject")}
          {act("spam")}
          {act(item.featured ? "unfeature" : "feature")}
          {act("delete", { confirm: text.confirmDelete })}
          {act("ban", { confirm: text.confirmBan })}
          <a
            href={item.contextHref}
            className="inline-flex min-h-11 items-center text-sm font-semibold text-brand underline"
          >
            {text.context}
          </a>
        </div>
      </div>
    </li>
  );
}
