"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { safeNextPath } from "@/lib/account-paths";
import { type FormState, fieldErrors, formLanguage, keep } from "@/lib/form-state";
import { oauthProviders } from "@/lib/oauth";
import { paths } from "@/lib/paths";
import { type SignInFields, signInSchema } from "../schema";

export async function signInWithPassword(_: FormState<SignInFields>, formData: FormData): Promise<FormState<SignInFields>> {
  // Anyone may try to sign in; the credentials check itself throttles and never says which part was wrong.
  const { lang, dict } = formLanguage(formData);
  const next = safeNextPath(formData.get("next"), paths.home(lang));
  const values = keep(formData, ["email"] as const);
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { message: dict.account.fixErrors, errors: fieldErrors(parsed.error, dict), values };
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const code = error instanceof CredentialsSignin ? error.code : "";
    const text = dict.account.signIn;
    const message = code === "throttled" ? text.throttled : code === "banned" ? text.banned : code === "unavailable" ? text.unavailable : text.invalid;
    return { message, values };
  }
  redirect(next);
}

export async function signInWithProvider(formData: FormData): Promise<void> {
  const { lang } = formLanguage(formData);
  const provider = formData.get("provider");
  const next = safeNextPath(formData.get("next"), paths.home(lang));
  const enabled = oauthProviders.find((p) => p.id === provider);
  if (!enabled) redirect(next);
  await signIn(enabled.id, { redirectTo: next });
}
