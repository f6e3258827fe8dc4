"use client";

import { type FormEvent, startTransition, useActionState, useState } from "react";
import { AdminTextareaField } from "@/components/admin/admin-textarea-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import type { FormState } from "@/lib/form-state";
import type { Dictionary } from "@/lib/i18n";

type ReplyState = FormState<"body">;
type Props = {
  commentId: number;
  t: Dictionary["moderation"]["reply"];
  action: (state: ReplyState, formData: FormData) => Promise<ReplyState>;
};

/** The desk's answer to a comment, published at once under the newsroom's name. */
export function ModerationReplyForm({ commentId, t, action }: Props) {
  const [body, setBody] = useState("");
  // The text is cleared only after the reply went out; a refused one keeps it.
  const send = async (previous: ReplyState, data: FormData) => {
    const next = await action(previous, data);
    if (next.ok) setBody("");
    return next;
  };
  const [state, formAction, pending] = useActionState(send, {});
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }
  return (
    <section aria-labelledby="desk-reply-heading" className="rounded border border-line bg-paper p-4">
      <h2 id="desk-reply-heading" className="text-lg font-bold">
        {t.heading}
      </h2>
      <form onSubmit={submit} className="mt-2 flex flex-col gap-3" noValidate>
        <input type="hidden" name="commentId" value={commentId} />
        <AdminTextareaField
          id="desk-reply-body"
          name="body"
          label={t.label}
          hint={t.hint}
          rows={4}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          errors={state.errors?.body}
        />
        <FormStatus message={state.message} ok={state.ok} />
        <SubmitButton label={pending ? t.sending : t.submit} pending={pending} />
      </form>
    </section>
  );
}
