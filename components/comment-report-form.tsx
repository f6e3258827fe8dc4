"use client";

import { useActionState, useId } from "react";
import { reportNoteMaxLength } from "@/lib/comment-settings";
import type { FormState, StateAction } from "@/lib/form-state";
import type { Dictionary } from "@/lib/i18n";
import { CommentFormStatus } from "./comment-form-status";

type Props = {
  action: StateAction<"reason" | "note">;
  hidden: Record<string, string | number>;
  text: Dictionary["comments"];
};

const reasons = ["spam", "abuse", "off-topic", "other"] as const;

/** Tells the moderators why someone else's comment should go. */
export function CommentReportForm({ action, hidden, text }: Props) {
  const [state, formAction, pending] = useActionState(action, {} as FormState<"reason" | "note">);
  const id = useId();
  if (state.ok) return <CommentFormStatus state={state} />;
  const chosen = state.values?.reason;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset aria-describedby={state.errors?.reason ? `${id}reason-error` : undefined}>
        <legend className="text-sm font-semibold">{text.reportReason}</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {reasons.map((reason) => (
            <label key={reason} className="inline-flex min-h-11 items-center gap-1 text-sm">
              <input type="radio" name="reason" value={reason} required defaultChecked={chosen === reason} />
              {text.reasons[reason]}
            </label>
          ))}
        </div>
        {state.errors?.reason ? (
          <p id={`${id}reason-error`} className="text-sm font-semibold text-brand">
            {state.errors.reason[0]}
          </p>
        ) : null}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}note`} className="text-sm font-semibold">
          {text.reportNote}
        </label>
        <textarea
          id={`${id}note`}
          name="note"
          rows={2}
          maxLength={reportNoteMaxLength}
          defaultValue={state.values?.note ?? ""}
          aria-invalid={state.errors?.note ? true : undefined}
          aria-describedby={state.errors?.note ? `${id}note-error` : undefined}
          className="w-full rounded border border-line bg-paper px-3 py-2"
        />
        {state.errors?.note ? (
          <p id={`${id}note-error`} className="text-sm font-semibold text-brand">
            {state.errors.note[0]}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded border border-brand px-3 py-1 text-sm font-semibold text-brand hover:bg-brand hover:text-white"
        >
          {pending ? text.sending : text.sendReport}
        </button>
        <CommentFormStatus state={state} />
      </div>
    </form>
  );
}
