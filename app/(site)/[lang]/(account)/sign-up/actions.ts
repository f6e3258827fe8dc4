"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { createSignUpRequest, spendFormStamp } from "@/db/queries/sign-up";
import { getUserByEmail } from "@/db/queries/users";
import { tryWrite } from "@/db/write";
import { accountPaths, safeNextPath } from "@/lib/account-paths";
import { checkFormStamp } from "@/lib/form-stamp";
import { type FormState, fieldErrors, formLanguage, keep } from "@/lib/form-state";
import { fill } from "@/lib/i18n";
import { sendMail } from "@/lib/mail";
import { hashPassword } from "@/lib/password";
import { paths } from "@/lib/paths";
import { newResetToken } from "@/lib/reset-token";
import { absoluteUrl } from "@/lib/site";
import { clientAddress, signUpAllowed } from "@/lib/throttle";
import { type SignUpFields, signUpSchema } from "../schema";

const linkLifetimeMs = 24 * 3_600_000;

// Anyone may sign up, but not a script: the hidden field must stay empty, the form must have been on screen
// a while and each form is accepted once. The answer is the same whether or not the address is registered:
// the account is created from the link mailed to it, and a registered address is told so by mail instead.
export async function signUp(_: FormState<SignUpFields>, formData: FormData): Promise<FormState<SignUpFields>> {
  const { lang, dict } = formLanguage(formData);
  const text = dict.account.signUp;
  const next = safeNextPath(formData.get("next"), paths.home(lang));
  const values = keep(formData, ["name", "email"] as const);
  if (formData.get("website")) return { message: text.rejected, values };
  const stamp = checkFormStamp(formData.get("stamp"));
  if (stamp !== "ok") return { message: stamp === "too-fast" ? text.tooFast : text.rejected, values };

  const parsed = signUpSchema.safeParse({ name: formData.get("name"), email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { message: dict.account.fixErrors, errors: fieldErrors(parsed.error, dict), values };
  const { name, email, password } = parsed.data;
  const address = clientAddress(await headers());
  if (!signUpAllowed(address)) return { message: text.tooMany, values };
  const passwordHash = await hashPassword(password); // for both answers, so their timing matches too

  const spent = await tryWrite(() => spendFormStamp(String(formData.get("stamp")), address));
  if (!spent.ok) return { message: dict.account.notSaved, values };
  if (!spent.value) return { message: text.rejected, values };
  const existing = getUserByEmail(email);
  if (existing) {
    const body = fill(text.takenMailBody, { name: existing.name, signIn: absoluteUrl(accountPaths.signIn(lang)), reset: absoluteUrl(accountPaths.forgotPassword(lang)) });
    after(() => sendMail({ to: existing.email, subject: text.takenMailSubject, text: body }));
  } else {
    const { token, hash } = newResetToken();
    const saved = await tryWrite(() => createSignUpRequest({ tokenHash: hash, email, name, passwordHash, nextPath: next, expiresAt: Date.now() + linkLifetimeMs }));
    if (!saved.ok) return { message: dict.account.notSaved, values };
    const body = fill(text.mailBody, { name, link: absoluteUrl(accountPaths.confirmSignUp(lang, token)) });
    after(() => sendMail({ to: email, subject: text.mailSubject, text: body }));
  }
  return { ok: true, message: fill(text.checkMail, { email }), values };
}
