"use client";

import { type FormEvent, type KeyboardEvent, useActionState, useEffect, useRef, useState } from "react";
import { FormStatus } from "@/components/form-status";
import type { FormState } from "@/lib/form-state";
import type { Dictionary } from "@/lib/i18n";
import { ModerationBulkBar } from "./moderation-bulk-bar";
import { ModerationItem, type QueueItem } from "./moderation-item";
import { deskKey, focusAfterAction } from "./moderation-keys";

type Props = {
  items: QueueItem[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  text: Dictionary["moderation"]["desk"];
  /** The bulk toolbar; off where a single comment is shown (its context page). */
  bulk?: boolean;
  /** One-key shortcuts, a setting each moderator can turn off (WCAG 2.1.4). */
  shortcuts?: boolean;
};

/**
 * The desk's list of comments as one plain form: every button posts without JavaScript.
 * With it, and only while the list has focus, j/k move, a/r/s act on the current
 * comment and x ticks it. After any action focus goes to the next comment.
 */
export function ModerationQueue({ items, action, text, bulk = true, shortcuts = true }: Props) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const form = useRef<HTMLFormElement>(null);
  const rows = useRef<(HTMLLIElement | null)[]>([]);
  const empty = useRef<HTMLParagraphElement>(null);
  const actedOn = useRef<{ id: number; index: number } | null>(null);
  const current = Math.max(0, Math.min(active, items.length - 1));
  const visible = new Set(items.map((item) => item.id));
  const ticked = new Set([...selected].filter((id) => visible.has(id)));

  const toggle = (id: number) =>
    setSelected(() => {
      const next = new Set(ticked);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const focusRow = (index: number) => {
    setActive(index);
    rows.current[index]?.focus();
  };

  useEffect(() => {
    const acted = actedOn.current;
    if (!acted) return;
    actedOn.current = null;
    const next = focusAfterAction(
      acted.index,
      items.some((item) => item.id === acted.id),
      items.length,
    );
    if (next < 0) empty.current?.focus();
    else focusRow(next);
    // Runs when an action's answer (and the refreshed queue) has arrived.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const value = (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value") ?? "";
    const id = Number(value.split(":")[1]);
    const index = items.findIndex((item) => item.id === id);
    actedOn.current = { id, index: index < 0 ? current : index };
  }

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    if (!shortcuts || pending || items.length === 0 || event.defaultPrevented) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    const key = deskKey({
      ...event,
      inField: Boolean(target?.closest("input:not([type=checkbox]), textarea, select, [contenteditable=true]")),
    });
    if (!key) return;
    event.preventDefault();
    if ("move" in key) focusRow(Math.max(0, Math.min(items.length - 1, current + key.move)));
    else if ("toggle" in key) toggle(items[current].id);
    else
      form.current
        ?.querySelector<HTMLButtonElement>(`button[name="row"][value="${key.intent}:${items[current].id}"]`)
        ?.click();
  }

  return (
    <form ref={form} action={formAction} onSubmit={onSubmit} className="flex flex-col gap-3">
      {bulk && items.length > 0 ? (
        <ModerationBulkBar
          items={items}
          ticked={ticked}
          pending={pending}
          text={text}
          onToggleAll={(all) => setSelected(all ? new Set(items.map((item) => item.id)) : new Set())}
        />
      ) : null}
      <FormStatus message={state.message} ok={state.ok} />
      {items.length === 0 ? (
        <p ref={empty} tabIndex={-1} className="rounded border border-line bg-paper p-6 text-center text-muted">
          {text.empty}
        </p>
      ) : (
        <ol
          aria-label={text.listLabel}
          onKeyDown={onKeyDown}
          className="divide-y divide-line rounded border border-line bg-paper"
        >
          {items.map((item, index) => (
            <ModerationItem
              key={item.id}
              item={item}
              text={text}
              active={index === current}
              selected={ticked.has(item.id)}
              pending={pending}
              rowRef={(element) => {
                rows.current[index] = element;
              }}
              onToggle={() => toggle(item.id)}
              onActivate={() => setActive(index)}
            />
          ))}
        </ol>
      )}
    </form>
  );
}
