"use server";

import { after } from "next/server";
import { countRecentPasswordResets, createPasswordResetToken } from "@/db/queries/password-resets";
import { getUserByEmail } from "@/db/queries/users";
import { tryWrite } from "@/db/write";
import { accountPaths } from "@/lib/account-paths";
import { type FormState, fieldErrors, formLanguage, keep } from "@/lib/form-state";
import { fill } from "@/lib/i18n";
import { sendMail } from "@/lib/mail";
import { newResetToken, resetTokenLifetimeMs } from "@/lib/reset-token";
import { absoluteUrl } from "@/lib/site";
import { forgotPasswordSchema } from "../schema";

const mailsPerHour = 3;

export async function requestPasswordReset(_: FormState<"email">, formData: FormData): Promise<FormState<"email">> {
  // Anyone may ask; the answer is the same whether or not an account has the address.
  const { lang, dict } = formLanguage(formData);
  const values = keep(formData, ["email"] as const);
  const parsed = forgotPasswordSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return { message: dict.account.fixErrors, errors: fieldErrors(parsed.error, dict), values };

  const user = getUserByEmail(parsed.data.email);
  const now = Date.now();
  if (user && countRecentPasswordResets(user.id, now - 3_600_000) < mailsPerHour) {
    const { token, hash } = newResetToken();
    if (!(await tryWrite(() => createPasswordResetToken(user.id, hash, now + resetTokenLifetimeMs, now))).ok) return { message: dict.account.notSaved, values };
    const text = dict.account.forgot;
    const link = absoluteUrl(accountPaths.resetPassword(lang, token));
    // Sent after the response, so its timing does not tell whether the account exists.
    after(() => sendMail({ to: user.email, subject: text.mailSubject, text: fill(text.mailBody, { name: user.name, link }) }));
  }
  return { ok: true, message: dict.account.forgot.sent, values };
}
