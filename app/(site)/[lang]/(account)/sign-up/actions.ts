"use server";

import "server-only";
import { headers } from "next/headers";
import { after } from "next/server";
import { checkFormStamp } from "@/auth/form-stamp";
import { hashPassword } from "@/auth/password";
import { newResetToken } from "@/auth/reset-token";
import { clientAddress, signUpAllowed } from "@/auth/throttle";
import { createSignUpRequest, spendFormStamp } from "@/db/queries/sign-up";
import { getUserByEmail } from "@/db/queries/users";
import { tryWrite } from "@/db/write";
import { accountPaths, safeNextPath } from "@/lib/account-paths";
import { type FormState, keep } from "@/lib/form-state";
import { type Dictionary, fill } from "@/lib/i18n";
import { sendMail } from "@/lib/mail";
import { paths } from "@/lib/paths";
import { absoluteUrl } from "@/lib/site";
import { accountInvalid, publicAccountAction } from "../account-action";
import { type SignUpFields, signUpSchema } from "../schema";

const linkLifetimeMs = 24 * 3_600_000;

/** The bot checks, before anything else is looked at: the hidden field stays empty, the form was on screen a while. */
function botRefusal(form: FormData, dict: Dictionary): FormState<SignUpFields> | null {
  const text = dict.account.signUp;
  const values = keep(form, ["name", "email"] as const);
  if (form.get("website")) return { message: text.rejected, values };
  const stamp = checkFormStamp(form.get("stamp"));
  return stamp === "ok" ? null : { message: stamp === "too-fast" ? text.tooFast : text.rejected, values };
}

// Anyone may sign up, but not a script: the hidden field must stay empty, the form must have been on screen
// a while and each form is accepted once. The answer is the same whether or not the address is registered:
// the account is created from the link mailed to it, and a registered address is told so by mail instead.
export const signUp = publicAccountAction(
  signUpSchema,
  async ({ name, email, password }, { ctx: { lang, dict }, form }): Promise<FormState<SignUpFields>> => {
    const text = dict.account.signUp;
    const values = keep(form, ["name", "email"] as const);
    const bot = botRefusal(form, dict);
    if (bot) return bot;
    const next = safeNextPath(form.get("next"), paths.home(lang));
    const address = clientAddress(await headers());
    if (!(await signUpAllowed(address))) return { message: text.tooMany, values };
    const passwordHash = await hashPassword(password); // for both answers, so their timing matches too

    const spent = await tryWrite(() => spendFormStamp(String(form.get("stamp")), address));
    if (!spent.ok) return { message: dict.account.notSaved, values };
    if (!spent.value) return { message: text.rejected, values };
    const existing = await getUserByEmail(email);
    if (existing) {
      const body = fill(text.takenMailBody, {
        name: existing.name,
        signIn: absoluteUrl(accountPaths.signIn(lang)),
        reset: absoluteUrl(accountPaths.forgotPassword(lang)),
      });
      after(() => sendMail({ to: existing.email, subject: text.takenMailSubject, text: body }));
    } else {
      const { token, hash } = newResetToken();
      const saved = await tryWrite(() =>
        createSignUpRequest({
          tokenHash: hash,
          email,
          name,
          passwordHash,
          nextPath: next,
          expiresAt: Date.now() + linkLifetimeMs,
        }),
      );
      if (!saved.ok) return { message: dict.account.notSaved, values };
      const body = fill(text.mailBody, { name, link: absoluteUrl(accountPaths.confirmSignUp(lang, token)) });
      after(() => sendMail({ to: email, subject: text.mailSubject, text: body }));
    }
    return { ok: true, message: fill(text.checkMail, { email }), values };
  },
  { invalid: (ctx, error, form) => botRefusal(form, ctx.dict) ?? accountInvalid(ctx, error, form) },
);
