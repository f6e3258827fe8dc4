"use client";

import { type FormEvent, startTransition, useActionState } from "react";
import { AdminTextareaField } from "@/components/admin/admin-textarea-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import type { Edition } from "@/db/schema";
import type { Dictionary } from "@/lib/i18n";
import type { LiveUpdateFormState } from "./schema";

type Props = {
  articleId: number;
  /** The story's edition: the update is written in its language. */
  edition: Edition;
  /** The update being edited; none for a new one. */
  update?: { id: number; headline: string | null; body: string };
  t: Dictionary["admin"]["live"];
  action: (state: LiveUpdateFormState, formData: FormData) => Promise<LiveUpdateFormState>;
};

export function LiveUpdateForm({ articleId, edition, update, t, action }: Props) {
  // `sent` counts published updates: a new-update form starts empty again after each one.
  const send = async (previous: LiveUpdateFormState & { sent: number }, data: FormData) => {
    const next = await action(previous, data);
    return { ...next, sent: previous.sent + (next.ok && !update ? 1 : 0) };
  };
  const [state, formAction, pending] = useActionState(send, { sent: 0 });
  const prefix = update ? `live-update-${update.id}` : "live-update-new";

  // Submitted without the automatic form reset, so refused text stays in the boxes.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form key={state.sent} onSubmit={submit} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="articleId" value={articleId} />
      {update ? <input type="hidden" name="updateId" value={update.id} /> : null}
      <TextField
        id={`${prefix}-headline`}
        name="headline"
        label={t.headline}
        lang={edition}
        defaultValue={update?.headline ?? ""}
        errors={state.errors?.headline}
      />
      <AdminTextareaField
        id={`${prefix}-body`}
        name="body"
        label={t.body}
        hint={t.bodyHint}
        lang={edition}
        rows={update ? 5 : 6}
        defaultValue={update?.body ?? ""}
        errors={state.errors?.body}
      />
      <FormStatus message={state.message} ok={state.ok} />
      <SubmitButton label={update ? t.save : t.publish} pending={pending} />
    </form>
  );
}
