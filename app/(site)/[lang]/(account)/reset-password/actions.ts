"use server";

import { redirect } from "next/navigation";
import { resetPasswordWithToken } from "@/db/queries/password-resets";
import { tryWrite } from "@/db/write";
import { accountPaths } from "@/lib/account-paths";
import { type FormState, fieldErrors, formLanguage } from "@/lib/form-state";
import { hashPassword } from "@/lib/password";
import { hashResetToken } from "@/lib/reset-token";
import { resetPasswordSchema } from "../schema";

export async function resetPassword(_: FormState<"password">, formData: FormData): Promise<FormState<"password">> {
  // The token from the mail is the caller's proof; it is checked, and spent, before anything changes.
  const { lang, dict } = formLanguage(formData);
  const parsed = resetPasswordSchema.safeParse({ token: formData.get("token"), password: formData.get("password") });
  if (!parsed.success) {
    const errors = fieldErrors<"token" | "password">(parsed.error, dict);
    if (errors.token) return { message: dict.account.reset.invalid };
    return { message: dict.account.fixErrors, errors: { password: errors.password } };
  }
  const passwordHash = await hashPassword(parsed.data.password);
  const reset = await tryWrite(() => resetPasswordWithToken(hashResetToken(parsed.data.token), passwordHash));
  if (!reset.ok) return { message: dict.account.notSaved };
  if (reset.value === null) return { message: dict.account.reset.invalid };
  redirect(`${accountPaths.signIn(lang)}?notice=password-reset`);
}
