"use server";

import { redirect } from "next/navigation";
import { completeSignUp } from "@/db/queries/sign-up";
import { tryWrite } from "@/db/write";
import { accountPaths, safeNextPath } from "@/lib/account-paths";
import { type FormState, formLanguage } from "@/lib/form-state";
import { paths } from "@/lib/paths";
import { hashResetToken } from "@/lib/reset-token";

export async function confirmSignUp(_: FormState, formData: FormData): Promise<FormState> {
  // The token from the mail is the caller's proof that the address is theirs; it works once.
  const { lang, dict } = formLanguage(formData);
  const token = formData.get("token");
  if (typeof token !== "string" || token.length < 20 || token.length > 200) return { message: dict.account.confirm.invalid };
  const done = await tryWrite(() => completeSignUp(hashResetToken(token)));
  if (!done.ok) return { message: dict.account.notSaved };
  if (done.value.outcome === "invalid") return { message: dict.account.confirm.invalid };
  const next = safeNextPath(done.value.nextPath, paths.home(lang));
  redirect(`${accountPaths.signIn(lang, next)}&notice=account-ready`);
}
