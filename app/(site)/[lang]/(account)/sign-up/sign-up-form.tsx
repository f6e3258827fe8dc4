"use client";

import { type FormEvent, startTransition, useActionState } from "react";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import type { Edition } from "@/db/schema";
import { accountPaths } from "@/lib/account-paths";
import { limits } from "@/lib/account-limits";
import type { FormState } from "@/lib/form-state";
import type { Dictionary } from "@/lib/i18n";
import type { SignUpFields } from "../schema";
import { signUp } from "./actions";

type Props = { lang: Edition; next: string; stamp: string; text: Dictionary["account"] };

export function SignUpForm({ lang, next, stamp, text }: Props) {
  const [state, action, pending] = useActionState(
    signUp,
    {} as FormState<SignUpFields>,
    accountPaths.signUp(lang, next),
  );
  // Sent without React's form reset, so a refused sign-up keeps everything typed, the password too
  // (a password manager that filled the form in a second must not have to fill it again).
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  }
  return (
    <form action={action} onSubmit={submit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="next" value={next} />
      <input type="hidden" name="stamp" value={stamp} />
      <TextField
        id="sign-up-name"
        name="name"
        label={text.name}
        hint={text.nameHint}
        autoComplete="nickname"
        required
        maxLength={limits.name}
        defaultValue={state.values?.name}
        errors={state.errors?.name}
      />
      <TextField
        id="sign-up-email"
        name="email"
        type="email"
        label={text.email}
        hint={text.emailPrivate}
        autoComplete="email"
        required
        maxLength={limits.email}
        defaultValue={state.values?.email}
        errors={state.errors?.email}
      />
      <TextField
        id="sign-up-password"
        name="password"
        type="password"
        label={text.password}
        hint={text.passwordHint}
        autoComplete="new-password"
        required
        minLength={limits.passwordMin}
        maxLength={limits.passwordMax}
        errors={state.errors?.password}
      />
      {/* A trap for bots: hidden from people, screen readers and the keyboard. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="sign-up-website">{text.signUp.honeypot}</label>
        <input id="sign-up-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <FormStatus message={state.message} />
      <SubmitButton label={text.signUp.submit} pending={pending} />
    </form>
  );
}
