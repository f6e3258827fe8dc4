"use server";

import "server-only";
import { redirect } from "next/navigation";
import { hashPassword } from "@/auth/password";
import { hashResetToken } from "@/auth/reset-token";
import { resetPasswordWithToken } from "@/db/queries/password-resets";
import { tryWrite } from "@/db/write";
import { accountPaths } from "@/lib/account-paths";
import { fieldErrors, type FormState } from "@/lib/form-state";
import { publicAccountAction } from "../account-action";
import { resetPasswordSchema } from "../schema";

// The token from the mail is the caller's proof; it is checked, and spent, before anything changes.
export const resetPassword = publicAccountAction(
  resetPasswordSchema,
  async ({ token, password }, { ctx: { lang, dict } }): Promise<FormState<"password">> => {
    const passwordHash = await hashPassword(password);
    const reset = await tryWrite(() => resetPasswordWithToken(hashResetToken(token), passwordHash));
    if (!reset.ok) return { message: dict.account.notSaved };
    if (reset.value === null) return { message: dict.account.reset.invalid };
    redirect(`${accountPaths.signIn(lang)}?notice=password-reset`);
  },
  {
    invalid: ({ dict }, error) => {
      const errors = error ? fieldErrors<"token" | "password">(error, dict.account.errors) : { token: [] };
      if (errors.token) return { message: dict.account.reset.invalid };
      return { message: dict.account.fixErrors, errors: { password: errors.password } };
    },
  },
);
