import type { Dictionary } from "@/lib/i18n";
import type { QueueItem } from "./moderation-item";

type Props = {
  items: QueueItem[];
  ticked: ReadonlySet<number>;
  pending: boolean;
  text: Dictionary["moderation"]["desk"];
  onToggleAll: (all: boolean) => void;
};

const bulkIntents = ["approve", "reject", "spam", "feature", "delete", "ban"] as const;

/** Acts on the ticked comments of the page; destructive choices ask first. */
export function ModerationBulkBar({ items, ticked, pending, text, onToggleAll }: Props) {
  const allTicked = items.length > 0 && ticked.size === items.length;
  return (
    <div className="flex flex-wrap items-center gap-2 rounded border border-line bg-paper p-3">
      <label className="mr-2 inline-flex min-h-11 items-center gap-2 font-semibold">
        <input
          type="checkbox"
          name="all"
          checked={allTicked}
          className="size-5 accent-brand"
          onChange={() => onToggleAll(!allTicked)}
        />
        {text.selectAll}
      </label>
      <span className="text-sm text-muted">{text.withSelected}</span>
      {bulkIntents.map((intent) => (
        <button
          key={intent}
          type="submit"
          name="intent"
          value={intent}
          disabled={pending}
          onClick={
            intent === "delete" || intent === "ban"
              ? (event) => {
                  if (!window.confirm(intent === "delete" ? text.confirmDelete : text.confirmBan))
                    event.preventDefault();
                }
              : undefined
          }
          className="min-h-11 rounded border border-line px-3 py-1 text-sm font-semibold hover:bg-wash disabled:opacity-60"
        >
          {text.bulk[intent]}
        </button>
      ))}
      {items.map((item) => (
        <input key={item.id} type="hidden" name="page" value={item.id} />
      ))}
    </div>
  );
}
