"use client";

import { useActionState, useEffect, useId, useRef } from "react";
import type { FormState, StateAction } from "@/lib/form-state";
import { CommentBodyField } from "./comment-body-field";
import { CommentFormStatus } from "./comment-form-status";

type Props = {
  action: StateAction<"body">;
  /** Hidden fields naming the article (lang, slug) and the comment replied to or edited. */
  hidden: Record<string, string | number>;
  label: string;
  submitLabel: string;
  sendingLabel: string;
  counterTemplate: string;
  maxLength: number;
  initialBody?: string;
  /** Called once the action has gone through, e.g. to ask /api/viewer again. */
  onSuccess?: () => void;
};

/** Writes, replies to or edits a comment. Works as a plain form post without JavaScript. */
export function CommentForm({
  action,
  hidden,
  label,
  submitLabel,
  sendingLabel,
  counterTemplate,
  maxLength,
  initialBody = "",
  onSuccess,
}: Props) {
  const [state, formAction, pending] = useActionState(action, {} as FormState<"body">);
  const form = useRef<HTMLFormElement>(null);
  const id = useId();
  useEffect(() => {
    // A reply or edit opened from a disclosure folds away once it has gone through.
    if (!state.ok) return;
    form.current?.closest("details")?.removeAttribute("open");
    onSuccess?.();
  }, [state, onSuccess]);
  const body = state.message && !state.ok ? (state.values?.body ?? "") : initialBody;
  return (
    <form ref={form} action={formAction} noValidate className="flex flex-col gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <CommentBodyField
        key={state.at}
        id={`${id}body`}
        label={label}
        defaultValue={body}
        error={state.errors?.body?.[0]}
        maxLength={maxLength}
        counterTemplate={counterTemplate}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
        >
          {pending ? sendingLabel : submitLabel}
        </button>
        <CommentFormStatus state={state} />
      </div>
    </form>
  );
}
