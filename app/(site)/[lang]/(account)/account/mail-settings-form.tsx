"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import type { Edition } from "@/db/schema";
import { accountPaths } from "@/lib/account-paths";
import type { FormState } from "@/lib/form-state";
import type { Dictionary } from "@/lib/i18n";
import { changeMailSettings } from "./mail-settings-actions";

type Choices = { commentApproved: boolean; commentReply: boolean };
type Props = { lang: Edition; hint: string; choices: Choices; text: Dictionary["notifications"]["settings"] };

/** Whether the reader is mailed when their comment is approved and when someone replies to it. */
export function MailSettingsForm({ lang, hint, choices, text }: Props) {
  const [state, action, pending] = useActionState(
    changeMailSettings,
    {} as FormState<keyof Choices>,
    accountPaths.account(lang),
  );
  const on = (field: keyof Choices) => (state.values?.[field] ? state.values[field] === "on" : choices[field]);
  const switchFor = (field: keyof Choices, label: string) => (
    <label className="flex min-h-11 items-center gap-3 font-semibold">
      <input
        key={String(on(field))}
        type="checkbox"
        role="switch"
        name={field}
        value="on"
        defaultChecked={on(field)}
        aria-describedby="mail-settings-hint"
        className="size-5 accent-brand"
      />
      {label}
    </label>
  );
  return (
    <form action={action} aria-labelledby="mail-settings-heading" className="flex flex-col gap-3">
      <h2 id="mail-settings-heading" className="text-xl font-bold">
        {text.title}
      </h2>
      <input type="hidden" name="lang" value={lang} />
      {switchFor("commentApproved", text.approvedLabel)}
      {switchFor("commentReply", text.replyLabel)}
      <p id="mail-settings-hint" className="text-sm text-muted">
        {hint}
      </p>
      <FormStatus message={state.message} ok={state.ok} />
      <SubmitButton label={text.submit} pending={pending} />
    </form>
  );
}
