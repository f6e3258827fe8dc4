"use server";

import "server-only";
import { redirect } from "next/navigation";
import * as z from "zod";
import { hashResetToken } from "@/auth/reset-token";
import { completeSignUp } from "@/db/queries/sign-up";
import { tryWrite } from "@/db/write";
import { accountPaths, safeNextPath } from "@/lib/account-paths";
import type { FormState } from "@/lib/form-state";
import { paths } from "@/lib/paths";
import { publicAccountAction } from "../../account-action";

const confirmSchema = z.object({ token: z.string().min(20).max(200) });

// The token from the mail is the caller's proof that the address is theirs; it works once.
export const confirmSignUp = publicAccountAction(
  confirmSchema,
  async ({ token }, { ctx: { lang, dict } }): Promise<FormState> => {
    const done = await tryWrite(() => completeSignUp(hashResetToken(token)));
    if (!done.ok) return { message: dict.account.notSaved };
    if (done.value.outcome === "invalid") return { message: dict.account.confirm.invalid };
    const next = safeNextPath(done.value.nextPath, paths.home(lang));
    redirect(`${accountPaths.signIn(lang, next)}&notice=account-ready`);
  },
  { invalid: ({ dict }) => ({ message: dict.account.confirm.invalid }) },
);
