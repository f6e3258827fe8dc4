"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import type { Edition } from "@/db/schema";
import { limits } from "@/lib/account-limits";
import { accountPaths } from "@/lib/account-paths";
import type { FormState } from "@/lib/form-state";
import type { Dictionary } from "@/lib/i18n";
import { resetPassword } from "./actions";

type Props = { lang: Edition; token: string; text: Dictionary["account"] };

export function ResetPasswordForm({ lang, token, text }: Props) {
  const [state, action, pending] = useActionState(
    resetPassword,
    {} as FormState<"password">,
    accountPaths.resetPassword(lang, token),
  );
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="token" value={token} />
      <TextField
        id="reset-password"
        name="password"
        type="password"
        label={text.reset.newPassword}
        hint={text.passwordHint}
        autoComplete="new-password"
        required
        minLength={limits.passwordMin}
        maxLength={limits.passwordMax}
        errors={state.errors?.password}
      />
      <FormStatus message={state.message} />
      <SubmitButton label={text.reset.submit} pending={pending} />
    </form>
  );
}
