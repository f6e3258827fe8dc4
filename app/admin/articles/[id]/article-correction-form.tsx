"use client";

import { type FormEvent, startTransition, useActionState } from "react";
import { AdminTextareaField } from "@/components/admin/admin-textarea-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import type { Dictionary } from "@/lib/i18n";
import type { CorrectionFormState } from "../schema";

type Props = {
  articleId: number;
  t: Dictionary["admin"]["corrections"];
  action: (state: CorrectionFormState, formData: FormData) => Promise<CorrectionFormState>;
};

export function ArticleCorrectionForm({ articleId, t, action }: Props) {
  // `sent` counts published corrections: the note box starts empty again after each one.
  const send = async (previous: CorrectionFormState & { sent: number }, data: FormData) => {
    const next = await action(previous, data);
    return { ...next, sent: previous.sent + (next.ok ? 1 : 0) };
  };
  const [state, formAction, pending] = useActionState(send, { sent: 0 });

  // Submitted without the automatic form reset, so a refused note stays in the box.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="articleId" value={articleId} />
      <AdminTextareaField
        key={state.sent}
        id="correction-body"
        name="body"
        label={t.label}
        rows={3}
        errors={state.errors?.body}
      />
      <FormStatus message={state.message} ok={state.ok} />
      <SubmitButton label={t.submit} pending={pending} />
    </form>
  );
}
