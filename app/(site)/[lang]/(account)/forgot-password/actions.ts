"use server";

import "server-only";
import { after } from "next/server";
import { newResetToken, resetTokenLifetimeMs } from "@/auth/reset-token";
import { countRecentPasswordResets, createPasswordResetToken } from "@/db/queries/password-resets";
import { getUserByEmail } from "@/db/queries/users";
import { tryWrite } from "@/db/write";
import { accountPaths } from "@/lib/account-paths";
import type { FormState } from "@/lib/form-state";
import { fill } from "@/lib/i18n";
import { sendMail } from "@/lib/mail";
import { absoluteUrl } from "@/lib/site";
import { publicAccountAction } from "../account-action";
import { forgotPasswordSchema } from "../schema";

const mailsPerHour = 3;

// Anyone may ask; the answer is the same whether or not an account has the address.
export const requestPasswordReset = publicAccountAction(
  forgotPasswordSchema,
  async ({ email }, { ctx: { lang, dict } }): Promise<FormState<"email">> => {
    const values = { email };
    const user = await getUserByEmail(email);
    const now = Date.now();
    if (user && (await countRecentPasswordResets(user.id, now - 3_600_000)) < mailsPerHour) {
      const { token, hash } = newResetToken();
      if (!(await tryWrite(() => createPasswordResetToken(user.id, hash, now + resetTokenLifetimeMs, now))).ok)
        return { message: dict.account.notSaved, values };
      const text = dict.account.forgot;
      const link = absoluteUrl(accountPaths.resetPassword(lang, token));
      // Sent after the response, so its timing does not tell whether the account exists.
      after(() =>
        sendMail({ to: user.email, subject: text.mailSubject, text: fill(text.mailBody, { name: user.name, link }) }),
      );
    }
    return { ok: true, message: dict.account.forgot.sent, values };
  },
);
