"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import type { Edition } from "@/db/schema";
import type { Dictionary } from "@/lib/i18n";
import { limits } from "@/lib/account-limits";
import { accountPaths } from "@/lib/account-paths";
import type { FormState } from "@/lib/form-state";
import type { SignInFields } from "../schema";
import { signInWithPassword } from "./actions";

type Props = { lang: Edition; next: string; text: Dictionary["account"]; notice?: string };

export function SignInForm({ lang, next, text, notice }: Props) {
  const [state, action, pending] = useActionState(
    signInWithPassword,
    {} as FormState<SignInFields>,
    accountPaths.signIn(lang, next),
  );
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="next" value={next} />
      <TextField
        id="sign-in-email"
        name="email"
        type="email"
        label={text.email}
        autoComplete="email"
        required
        maxLength={limits.email}
        defaultValue={state.values?.email}
        errors={state.errors?.email}
      />
      <TextField
        id="sign-in-password"
        name="password"
        type="password"
        label={text.password}
        autoComplete="current-password"
        required
        maxLength={limits.passwordMax}
        errors={state.errors?.password}
      />
      <FormStatus message={state.message ?? notice} ok={!state.message && Boolean(notice)} />
      <SubmitButton label={text.signIn.submit} pending={pending} />
    </form>
  );
}
