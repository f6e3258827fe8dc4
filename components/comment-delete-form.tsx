"use client";

import { useActionState, useEffect } from "react";
import type { FormState, StateAction } from "@/lib/form-state";
import { CommentFormStatus } from "./comment-form-status";

type Props = {
  action: StateAction;
  hidden: Record<string, string | number>;
  label: string;
  confirm: string;
  onSuccess?: () => void;
};

/** The author's own delete button; asks first when JavaScript is on. */
export function CommentDeleteForm({ action, hidden, label, confirm, onSuccess }: Props) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  useEffect(() => {
    if (state.ok) onSuccess?.();
  }, [state, onSuccess]);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(confirm)) event.preventDefault();
      }}
      className="inline-flex items-center gap-2"
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 min-w-11 text-sm font-semibold text-muted underline hover:text-brand"
      >
        {label}
      </button>
      <CommentFormStatus state={state} />
    </form>
  );
}
