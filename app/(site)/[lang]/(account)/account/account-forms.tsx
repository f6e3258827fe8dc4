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
import type { ChangePasswordFields } from "../schema";
import { changeDisplayName, changePassword } from "./actions";

type Props = { lang: Edition; name: string; text: Dictionary["account"]; passwordChanged: boolean };

/** The account page's two settings forms: display name and password. */
export function AccountForms({ lang, name, text, passwordChanged }: Props) {
  const [nameState, nameAction, namePending] = useActionState(
    changeDisplayName,
    {} as FormState<"name">,
    accountPaths.account(lang),
  );
  const [passwordState, passwordAction, passwordPending] = useActionState(
    changePassword,
    {} as FormState<ChangePasswordFields>,
    accountPaths.account(lang),
  );
  return (
    <>
      <form action={nameAction} className="flex flex-col gap-3" noValidate>
        <h2 id="name-heading" className="text-xl font-bold">
          {text.name}
        </h2>
        <input type="hidden" name="lang" value={lang} />
        <TextField
          id="account-name"
          name="name"
          label={text.name}
          hint={text.nameHint}
          autoComplete="nickname"
          required
          maxLength={limits.name}
          defaultValue={nameState.values?.name ?? name}
          errors={nameState.errors?.name}
        />
        <FormStatus message={nameState.message} ok={nameState.ok} />
        <SubmitButton label={text.page.nameSubmit} pending={namePending} />
      </form>
      <form action={passwordAction} className="flex flex-col gap-3" noValidate>
        <h2 id="password-heading" className="text-xl font-bold">
          {text.page.passwordTitle}
        </h2>
        <input type="hidden" name="lang" value={lang} />
        <TextField
          id="account-current-password"
          name="currentPassword"
          type="password"
          label={text.page.currentPassword}
          autoComplete="current-password"
          required
          maxLength={limits.passwordMax}
          errors={passwordState.errors?.currentPassword}
        />
        <TextField
          id="account-new-password"
          name="newPassword"
          type="password"
          label={text.reset.newPassword}
          hint={text.passwordHint}
          autoComplete="new-password"
          required
          minLength={limits.passwordMin}
          maxLength={limits.passwordMax}
          errors={passwordState.errors?.newPassword}
        />
        <FormStatus
          message={passwordState.message ?? (passwordChanged ? text.page.passwordChanged : undefined)}
          ok={!passwordState.message}
        />
        <SubmitButton label={text.page.passwordSubmit} pending={passwordPending} />
      </form>
    </>
  );
}
