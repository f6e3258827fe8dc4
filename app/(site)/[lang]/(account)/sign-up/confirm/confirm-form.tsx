"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import type { Edition } from "@/db/schema";
import { accountPaths } from "@/lib/account-paths";
import type { FormState } from "@/lib/form-state";
import type { Dictionary } from "@/lib/i18n";
import { confirmSignUp } from "./actions";

type Props = { lang: Edition; token: string; text: Dictionary["account"]["confirm"] };

export function ConfirmSignUpForm({ lang, token, text }: Props) {
  const [state, action, pending] = useActionState(
    confirmSignUp,
    {} as FormState,
    accountPaths.confirmSignUp(lang, token),
  );
  return (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="token" value={token} />
      <FormStatus message={state.message} />
      <SubmitButton label={text.submit} pending={pending} />
    </form>
  );
}
