"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { FormStatus } from "@/components/form-status";
import type { FormState } from "@/lib/form-state";
import type { Dictionary } from "@/lib/i18n";
import { ModerationItem, type QueueItem } from "./moderation-item";

type Props = {
  items: QueueItem[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  text: Dictionary["moderation"]["desk"];
  /** The bulk toolbar; off where a single comment is shown (its context page). */
  bulk?: boolean;
};

const shortcutIntents: Record<string, "approve" | "reject" | "spam"> = { a: "approve", r: "reject", s: "spam" };
const bulkIntents = ["approve", "reject", "spam", "feature", "delete", "ban"] as const;

/** Keys typed into a field belong to the field, and a modifier means a browser shortcut. */
function isShortcut(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return false;
  const target = event.target instanceof HTMLElement ? event.target : null;
  return !target?.closest("input:not([type=checkbox]), textarea, select, [contenteditable=true]");
}

/**
 * The desk's list of comments as one plain form: every button posts without JavaScript.
 * With it, j/k move, a/r/s act on the current comment, x ticks it.
 */
export function ModerationQueue({ items, action, text, bulk = true }: Props) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const form = useRef<HTMLFormElement>(null);
  const rows = useRef<(HTMLLIElement | null)[]>([]);
  const current = Math.min(active, items.length - 1);
  const visible = new Set(items.map((item) => item.id));
  const ticked = new Set([...selected].filter((id) => visible.has(id)));
  const allTicked = items.length > 0 && ticked.size === items.length;

  const toggle = (id: number) => setSelected(() => {
    const next = new Set(ticked);
    if (!next.delete(id)) next.add(id);
    return next;
  });

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!isShortcut(event) || pending || items.length === 0) return;
      const key = event.key;
      if (key === "j" || key === "k") {
        const next = Math.max(0, Math.min(items.length - 1, current + (key === "j" ? 1 : -1)));
        setActive(next);
        rows.current[next]?.focus();
      } else if (key === "x") {
        toggle(items[current].id);
      } else if (shortcutIntents[key]) {
        form.current?.querySelector<HTMLButtonElement>(`button[name="row"][value="${shortcutIntents[key]}:${items[current].id}"]`)?.click();
      } else return;
      event.preventDefault();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  return (
    <form ref={form} action={formAction} className="flex flex-col gap-3">
      {bulk && items.length > 0 ? (
        <div className="flex flex-wrap items-center gap-2 rounded border border-line bg-paper p-3">
          <label className="mr-2 inline-flex items-center gap-2 font-semibold">
            <input type="checkbox" name="all" checked={allTicked} className="size-4 accent-brand"
              onChange={() => setSelected(allTicked ? new Set() : new Set(items.map((item) => item.id)))} />
            {text.selectAll}
          </label>
          <span className="text-sm text-muted">{text.withSelected}</span>
          {bulkIntents.map((intent) => (
            <button key={intent} type="submit" name="intent" value={intent} disabled={pending}
              onClick={intent === "delete" || intent === "ban" ? (event) => {
                if (!window.confirm(intent === "delete" ? text.confirmDelete : text.confirmBan)) event.preventDefault();
              } : undefined}
              className="rounded border border-line px-3 py-1 text-sm font-semibold hover:bg-wash disabled:opacity-60">
              {text.bulk[intent]}
            </button>
          ))}
          {items.map((item) => <input key={item.id} type="hidden" name="page" value={item.id} />)}
        </div>
      ) : null}
      <FormStatus message={state.message} ok={state.ok} />
      {items.length === 0 ? <p className="rounded border border-line bg-paper p-6 text-center text-muted">{text.empty}</p> : (
        <ol aria-label={text.listLabel} className="divide-y divide-line rounded border border-line bg-paper">
          {items.map((item, index) => (
            <ModerationItem key={item.id} item={item} text={text} active={index === current} selected={ticked.has(item.id)} pending={pending}
              rowRef={(element) => { rows.current[index] = element; }} onToggle={() => toggle(item.id)} onActivate={() => setActive(index)} />
          ))}
        </ol>
      )}
    </form>
  );
}
