"use client";

import { useActionState, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { Dictionary } from "@/lib/i18n";
import { fill } from "@/lib/i18n";

type Intent = "publish" | "unpublish" | "delete" | "restore";
type State = { ok?: boolean; message?: string; at?: number };
type Props = {
  formId: string;
  text: Dictionary["admin"]["articles"]["bulk"];
  action: (state: State, formData: FormData) => Promise<State>;
};

const intents: Intent[] = ["publish", "unpublish", "delete", "restore"];
const ticksChanged = "article-ticks-changed";

/**
 * The list's one action bar. The row checkboxes belong to this form through their `form`
 * attribute, so the table stays server-drawn; one dialog confirms the whole selection.
 */
export function ArticleBulkBar({ formId, text, action }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const [intent, setIntent] = useState<Intent>("publish");
  const [hint, setHint] = useState("");
  const dialog = useRef<HTMLDialogElement>(null);

  const boxes = () => [...document.querySelectorAll<HTMLInputElement>(`input[name="ids"][form="${formId}"]`)];
  const changed = () => document.dispatchEvent(new Event(ticksChanged));
  // The ticks live in the server-drawn table's checkboxes: read from the page, as "ticked/total".
  const counts = useSyncExternalStore(
    (notify) => {
      document.addEventListener("change", notify);
      document.addEventListener(ticksChanged, notify);
      return () => {
        document.removeEventListener("change", notify);
        document.removeEventListener(ticksChanged, notify);
      };
    },
    () => {
      const all = boxes();
      return `${all.filter((box) => box.checked).length}/${all.length}`;
    },
    () => "0/0",
  );
  const [ticked, total] = counts.split("/").map(Number);

  useEffect(() => {
    dialog.current?.close();
    if (state.ok)
      for (const box of document.querySelectorAll<HTMLInputElement>(`input[name="ids"][form="${formId}"]`))
        box.checked = false;
    document.dispatchEvent(new Event(ticksChanged));
  }, [state, formId]);

  const toggleAll = (checked: boolean) => {
    for (const box of boxes()) box.checked = checked;
    changed();
  };
  const ask = () => {
    if (ticked === 0) return setHint(text.pickFirst);
    setHint("");
    dialog.current?.showModal();
  };
  const plural = (forms: { one: string; many: string }) =>
    ticked === 1 ? forms.one : fill(forms.many, { count: ticked });

  return (
    <form
      id={formId}
      action={formAction}
      aria-label={text.label}
      className="flex flex-wrap items-end gap-3 rounded border border-line bg-paper p-3"
    >
      <label className="inline-flex min-h-11 items-center gap-2 font-semibold">
        <input
          type="checkbox"
          checked={total > 0 && ticked === total}
          onChange={(e) => toggleAll(e.target.checked)}
          className="size-5 accent-brand"
        />
        {text.selectAll}
      </label>
      <span className="min-h-11 py-2 text-sm text-muted">
        {ticked === 1 ? text.selectedOne : fill(text.selectedMany, { count: ticked })}
      </span>
      <div className="flex flex-col gap-1">
        <label htmlFor="bulk-intent" className="font-semibold">
          {text.action}
        </label>
        <select
          id="bulk-intent"
          name="intent"
          value={intent}
          onChange={(e) => setIntent(e.target.value as Intent)}
          className="min-h-11 rounded border border-line bg-paper px-3 py-2"
        >
          {intents.map((value) => (
            <option key={value} value={value}>
              {text.intents[value]}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        onClick={ask}
        disabled={pending}
        className="min-h-11 rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {text.apply}
      </button>
      <p id="bulk-status" role="status" aria-live="polite" className="basis-full font-semibold empty:hidden">
        {hint || state.message}
      </p>
      <dialog
        ref={dialog}
        aria-labelledby="bulk-confirm-title"
        className="m-auto max-w-md rounded border border-line bg-paper p-6 backdrop:bg-black/40"
      >
        <h2 id="bulk-confirm-title" className="text-xl font-bold">
          {plural(text.confirm[intent])}
        </h2>
        <p className="mt-2">{text.explain[intent]}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <button
            type="submit"
            disabled={pending}
            className="min-h-11 rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
          >
            {text.yes}
          </button>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="min-h-11 rounded border border-line px-4 py-2 font-semibold"
          >
            {text.cancel}
          </button>
        </div>
      </dialog>
    </form>
  );
}
