"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import type { Edition } from "@/db/schema";
import { accountPaths } from "@/lib/account-paths";
import { limits } from "@/lib/account-limits";
import type { FormState } from "@/lib/form-state";
import type { Dictionary } from "@/lib/i18n";
import { requestPasswordReset } from "./actions";

type Props = { lang: Edition; text: Dictionary["account"] };

export function ForgotPasswordForm({ lang, text }: Props) {
  const [state, action, pending] = useActionState(
    requestPasswordReset,
    {} as FormState<"email">,
    accountPaths.forgotPassword(lang),
  );
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="lang" value={lang} />
      <TextField
        id="forgot-email"
        name="email"
        type="email"
        label={text.email}
        autoComplete="email"
        required
        maxLength={limits.email}
        defaultValue={state.values?.email}
        errors={state.errors?.email}
      />
      <FormStatus message={state.message} ok={state.ok} />
      <SubmitButton label={text.forgot.submit} pending={pending} />
    </form>
  );
}
