"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { createUser, getUserByEmail } from "@/db/queries/users";
import { tryWrite } from "@/db/write";
import { accountPaths, safeNextPath } from "@/lib/account-paths";
import { checkFormStamp } from "@/lib/form-stamp";
import { type FormState, fieldErrors, formLanguage, keep } from "@/lib/form-state";
import { hashPassword } from "@/lib/password";
import { paths } from "@/lib/paths";
import { type SignUpFields, signUpSchema } from "../schema";

export async function signUp(_: FormState<SignUpFields>, formData: FormData): Promise<FormState<SignUpFields>> {
  const { lang, dict } = formLanguage(formData);
  const text = dict.account.signUp;
  const next = safeNextPath(formData.get("next"), paths.home(lang));
  const values = keep(formData, ["name", "email"] as const);
  // Anyone may sign up, but not a script: the hidden field must stay empty and the form must have been on screen a while.
  if (formData.get("website")) return { message: text.rejected, values };
  const stamp = checkFormStamp(formData.get("stamp"));
  if (stamp !== "ok") return { message: stamp === "too-fast" ? text.tooFast : text.rejected, values };

  const parsed = signUpSchema.safeParse({ name: formData.get("name"), email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { message: dict.account.fixErrors, errors: fieldErrors(parsed.error, dict), values };
  const { name, email, password } = parsed.data;
  if (getUserByEmail(email)) return { message: text.emailTaken, errors: { email: [text.emailTaken] }, values };

  const passwordHash = await hashPassword(password);
  let created;
  try {
    created = await tryWrite(() => createUser({ name, email, passwordHash }));
  } catch (error) {
    if (getUserByEmail(email)) return { message: text.emailTaken, errors: { email: [text.emailTaken] }, values }; // lost a race
    throw error;
  }
  if (!created.ok) return { message: dict.account.notSaved, values };
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    redirect(accountPaths.signIn(lang, next)); // created, but sign-in is paused for this address: sign in later
  }
  redirect(next);
}
